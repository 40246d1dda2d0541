package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code extract bench} over the project's site copies: it measures both sides and prints their
 * ratio.
 */
class ExtractBenchCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void measuresEveryHtmlDetailPageOfTheCrawlableSitesAgainstABareParse() {
    String[] run =
        run(
            "extract",
            "bench",
            "--fixtures",
            "src/test/resources/sites",
            "--warmup",
            "0",
            "--rounds",
            "1");

    assertThat(run[0]).as(run[2]).isEqualTo("0");
    // ccgp's eleven award pages are files at their URL's path; State Grid's are API answers, left
    // out.
    assertThat(run[1]).contains("ccgp=11").doesNotContain("sgcc-ecp");
    Matcher pages = Pattern.compile("(\\d+) detail pages").matcher(run[1]);
    assertThat(pages.find()).as(run[1]).isTrue();
    assertThat(Integer.parseInt(pages.group(1))).isGreaterThanOrEqualTo(100);
    assertThat(run[1])
        .containsPattern("bare Jsoup.parse: +[0-9.]+ pages/s")
        .containsPattern("extraction: +[0-9.]+ documents/s")
        .containsPattern("ratio: [0-9.]+x the bare parse's time");
  }

  @Test
  void aMissingFixturesFolderIsNamed() {
    String[] run = run("extract", "bench", "--fixtures", "no/such/sites");

    assertThat(run[0]).isEqualTo("2");
    assertThat(run[2])
        .contains("no fixtures folder")
        .contains(Path.of("no/such/sites").toAbsolutePath().toString());
  }
}
