package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code extract} on saved pages from the site copies: the answer key's locating fields come out,
 * with no Elasticsearch anywhere (a task context with lazy beans never starts it).
 */
class ExtractCommandTest {
  private static final Path SITES = Path.of("src/test/resources/sites");

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Every expected document of the HTML-detail sources whose page is a plain file in the copy. */
  static Stream<Arguments> savedPages() throws Exception {
    List<Arguments> pages = new ArrayList<>();
    for (String source : List.of("ccgp", "gov-cn-policy")) {
      JsonNode expected = DocumentJson.mapper().readTree(SITES.resolve(source + "/expected.json").toFile());
      for (JsonNode document : expected) {
        URI url = URI.create(document.path("url").asText());
        Path page = SITES.resolve(source).resolve("site").resolve(url.getHost() + url.getPath());
        if (Files.isRegularFile(page)) {
          pages.add(Arguments.of(source, page, document));
        }
      }
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("savedPages")
  void printsTheDocumentASavedPageHolds(String source, Path page, JsonNode expected) throws Exception {
    Run run = run("extract", "--source", source, "--url", expected.path("url").asText(), page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode printed = DocumentJson.mapper().readTree(run.out());
    for (String field : List.of("url", "title", "published", "doc_type")) {
      assertThat(printed.path(field).asText()).as(field).isEqualTo(expected.path(field).asText());
    }
    assertThat(printed.has("seen_at")).isTrue();
    assertThat(printed.path("alerts").isArray()).isTrue();
    // The answer key's themes are what the launch rules must tag.
    assertThat(printed.path("themes")).containsExactlyInAnyOrderElementsOf(expected.path("themes"));
    assertThat(printed.path("id").asText()).hasSize(32);
  }

  @Test
  void anUnknownSourceIsRefusedWithTheKnownOnes() {
    Run run = run("extract", "--source", "no-such-site", "--url", "https://x/1", "pom.xml");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot use source 'no-such-site'").contains("ccgp");
  }

  @Test
  void aMissingFileIsNamed() {
    Run run = run("extract", "--source", "ccgp", "--url", "https://x/1", "no/such/file.html");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file: no/such/file.html");
  }

  @Test
  void aPageWithoutADocumentExitsOneAndSaysWhy() throws Exception {
    Path empty = Files.createTempFile("empty", ".html");
    Files.writeString(empty, "<html><body></body></html>", java.nio.charset.StandardCharsets.UTF_8);

    Run run = run("extract", "--source", "ccgp", "--url", "https://www.ccgp.gov.cn/x.htm", empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no document in");
    assertThat(run.out()).isEmpty();
  }
}
