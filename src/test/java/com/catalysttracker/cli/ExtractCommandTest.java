package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
      JsonNode expected =
          DocumentJson.mapper().readTree(SITES.resolve(source + "/expected.json").toFile());
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
  void printsTheDocumentASavedPageHolds(String source, Path page, JsonNode expected)
      throws Exception {
    Run run =
        run("extract", "--source", source, "--url", expected.path("url").asText(), page.toString());

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

  /**
   * --source and --url are checked by the command, not picocli, so that `extract bench` needs
   * neither.
   */
  @Test
  void withoutSourceUrlOrFileItSaysWhatItNeeds() {
    for (String[] args :
        List.of(
            new String[] {"extract"},
            new String[] {"extract", "--source", "ccgp", "--url", "https://x/1"},
            new String[] {"extract", "--url", "https://x/1", "pom.xml"})) {
      Run run = run(args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).contains("give --source ID, --url URL and at least one FILE");
    }
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

    Run run =
        run(
            "extract",
            "--source",
            "ccgp",
            "--url",
            "https://www.ccgp.gov.cn/x.htm",
            empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no document in");
    assertThat(run.out()).isEmpty();
  }

  // Bad input (issue #6): a document with what could be read plus a warning, or an error naming the
  // file; never a stack trace. Big and binary inputs are generated here rather than committed.

  private static final String CCGP_AWARD_URL =
      "https://www.ccgp.gov.cn/cggg/dfgg/zbgg/202611/t20261118_27979562.htm";
  private static final Path CCGP_AWARD =
      SITES.resolve("ccgp/site/www.ccgp.gov.cn/cggg/dfgg/zbgg/202611/t20261118_27979562.htm");
  private static final String CCGP_AWARD_TITLE = "济南市城市道路智慧路口（车路协同）改造项目中标公告";

  private static void assertNoTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }

  @Test
  void anEmptyFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("page.html"));

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(empty.toString()).contains("is empty (0 bytes)");
    assertThat(run.out()).isEmpty();
    assertNoTrace(run);
  }

  @Test
  void aBinaryFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[64 * 1024];
    new Random(6).nextBytes(bytes);
    Path binary = Files.write(dir.resolve("page.htm"), bytes);

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, binary.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(binary.toString())
        .contains("binary data")
        .contains("not an HTML page");
    assertThat(run.out()).isEmpty();
    assertNoTrace(run);
  }

  @Test
  void aDamagedPdfIsAnErrorNamingTheFileNotATrace(@TempDir Path dir) throws Exception {
    Path pdf =
        Files.write(
            dir.resolve("notice.pdf"),
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> truncated".getBytes(StandardCharsets.US_ASCII));

    Run run =
        run(
            "extract",
            "--source",
            "cebpubservice",
            "--url",
            "https://bulletin.cebpubservice.com/x.html",
            pdf.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("no document in").contains(pdf.toString());
    assertNoTrace(run);
  }

  @Test
  void aTwentyMegabytePageGivesItsDocumentAndAWarning(@TempDir Path dir) throws Exception {
    String page = Files.readString(CCGP_AWARD, StandardCharsets.UTF_8);
    StringBuilder filler = new StringBuilder(21 * 1024 * 1024);
    while (filler.length() < 8 * 1024 * 1024) { // mostly 3-byte characters in UTF-8: ~21 MB
      filler.append("<p>附件说明：本段为页面尾部重复的说明文字，与项目无关。</p>\n");
    }
    int end = page.lastIndexOf("</body>");
    Path big = dir.resolve("big.htm");
    Files.writeString(
        big, page.substring(0, end) + filler + page.substring(end), StandardCharsets.UTF_8);
    assertThat(Files.size(big)).isGreaterThan(20L * 1024 * 1024);

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, big.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(DocumentJson.mapper().readTree(run.out()).path("title").asText())
        .isEqualTo(CCGP_AWARD_TITLE);
    assertThat(run.err()).contains("warning: " + big).contains(" MB, far more than a detail page");
    assertNoTrace(run);
  }

  @Test
  void brokenTablesGiveTheDocumentWithWhatCouldBeRead(@TempDir Path dir) throws Exception {
    String page =
        Files.readString(CCGP_AWARD, StandardCharsets.UTF_8)
            .replace("</td>", "")
            .replace("</tr>", "")
            .replace("</table>", "")
            .replace("</th>", "")
            .replace("<td", "<td colspan=\"x\" rowspan=\"-3\"")
            .replace("<table", "<table><tr><th>中标供应商名称</th></tr><tr><td>");
    Path broken = Files.writeString(dir.resolve("broken.htm"), page, StandardCharsets.UTF_8);

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, broken.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode printed = DocumentJson.mapper().readTree(run.out());
    assertThat(printed.path("title").asText()).isEqualTo(CCGP_AWARD_TITLE);
    assertThat(printed.path("published").asText()).isEqualTo("2026-11-18");
    assertThat(printed.path("doc_type").asText()).isEqualTo("award_result");
    assertNoTrace(run);
  }

  @Test
  void aGbkPageThatDeclaresUtf8ReadsRight(@TempDir Path dir) throws Exception {
    String page = Files.readString(CCGP_AWARD, StandardCharsets.UTF_8);
    assertThat(page).contains("charset=utf-8");
    Path gbk = Files.write(dir.resolve("gbk.htm"), page.getBytes(Charset.forName("GB18030")));

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, gbk.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(DocumentJson.mapper().readTree(run.out()).path("title").asText())
        .isEqualTo(CCGP_AWARD_TITLE);
    assertNoTrace(run);
  }

  /**
   * sz-gov's definition forces UTF-8; a page saved as GBK is read as GBK, with a warning saying so.
   */
  @Test
  void aPageInAnotherEncodingThanTheDefinitionForcesIsReadWithAWarning(@TempDir Path dir)
      throws Exception {
    JsonNode expected =
        DocumentJson.mapper().readTree(SITES.resolve("sz-gov/expected.json").toFile()).get(0);
    URI url = URI.create(expected.path("url").asText());
    String page =
        Files.readString(
            SITES.resolve("sz-gov/site/" + url.getHost() + url.getPath()), StandardCharsets.UTF_8);
    Path gbk = Files.write(dir.resolve("gbk.html"), page.getBytes(Charset.forName("GB18030")));

    Run run = run("extract", "--source", "sz-gov", "--url", url.toString(), gbk.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(DocumentJson.mapper().readTree(run.out()).path("title").asText())
        .isEqualTo(expected.path("title").asText());
    assertThat(run.err())
        .contains("warning: ")
        .contains("is not UTF-8")
        .contains("read as GB18030");
    assertNoTrace(run);
  }

  @Test
  void bytesNoCharsetReadsGiveTheDocumentAndAWarningCountingThem(@TempDir Path dir)
      throws Exception {
    byte[] page = Files.readAllBytes(CCGP_AWARD);
    String text = new String(page, StandardCharsets.UTF_8);
    int at = text.indexOf("</body>");
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] mixed = new byte[head.length + 4 + tail.length];
    System.arraycopy(head, 0, mixed, 0, head.length);
    Arrays.fill(
        mixed, head.length, head.length + 4, (byte) 0xFF); // invalid in UTF-8 and in GB18030
    System.arraycopy(tail, 0, mixed, head.length + 4, tail.length);
    Path file = Files.write(dir.resolve("mixed.htm"), mixed);

    Run run = run("extract", "--source", "ccgp", "--url", CCGP_AWARD_URL, file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(CCGP_AWARD_TITLE.substring(0, 6));
    assertThat(run.err())
        .contains("warning: " + file)
        .contains("characters are valid in no charset");
    assertNoTrace(run);
  }
}
