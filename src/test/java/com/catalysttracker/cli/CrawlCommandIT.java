package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code catalyst crawl} and {@code catalyst crawlers validate} as scripts run them. */
class CrawlCommandIT {

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

  private static List<String> settings() {
    TestElasticsearch.global();
    return List.of(
        "--data-dir",
        TestElasticsearch.dataDir().toString(),
        "--set",
        "catalyst.elasticsearch.embedded.http-port=" + TestElasticsearch.HTTP_PORT,
        "--set",
        "catalyst.elasticsearch.embedded.transport-port=" + TestElasticsearch.TRANSPORT_PORT,
        "--set",
        "catalyst.elasticsearch.embedded.distribution=" + TestElasticsearch.distribution(),
        "--set",
        "catalyst.elasticsearch.index-prefix=" + TestElasticsearch.prefixFor(CrawlCommandIT.class),
        "--set",
        "catalyst.crawl.definitions-dir=crawlers",
        "--set",
        "catalyst.crawl.reference-dir=reference",
        "--set",
        "catalyst.index.config-dir=index-config");
  }

  @Test
  void crawlPrintsProgressAndTheClosingSummaryLine() {
    try (FixtureServer server = Sites.serve("gov-cn-policy")) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "crawl",
                  "--source",
                  "gov-cn-policy",
                  "--base-url",
                  server.baseUrl().toString(),
                  "--delay",
                  "0s"));
      args.addAll(settings());
      Run first = run(args.toArray(String[]::new));

      assertThat(first.exitCode()).as(first.err()).isZero();
      String[] lines = first.out().strip().split("\n");
      assertThat(lines[lines.length - 1])
          .matches("pages \\d+ · new 11 · changed 0 · unchanged 0 · failed 0 · \\d+\\.\\d s");
      assertThat(first.out()).contains("new  国家数据局等部门关于印发《“数据要素×”三年行动计划（2024—2026年）》的通知");

      Run second = run(args.toArray(String[]::new));
      String[] again = second.out().strip().split("\n");
      assertThat(again[again.length - 1])
          .matches("pages \\d+ · new 0 · changed 0 · unchanged 0 · failed 0 · \\d+\\.\\d s");
    }
  }

  /**
   * Issue #5: the status table as an operator reads it, wired as the command runs (Spring context,
   * real index).
   */
  @Test
  void crawlersStatusListsEverySourceWithItsFamilyHealthAndDocuments() {
    try (FixtureServer server = Sites.serve("nda")) {
      List<String> crawl =
          new ArrayList<>(
              List.of(
                  "crawl",
                  "--source",
                  "nda",
                  "--base-url",
                  server.baseUrl().toString(),
                  "--delay",
                  "0s"));
      crawl.addAll(settings());
      assertThat(run(crawl.toArray(String[]::new)).exitCode()).isZero();
    }
    List<String> args = new ArrayList<>(List.of("crawlers", "status"));
    args.addAll(settings());
    Run status = run(args.toArray(String[]::new));

    assertThat(status.exitCode()).as(status.err()).isZero();
    List<String> lines = status.out().strip().lines().toList();
    int sources =
        com.catalysttracker.source.SourceCatalog.load(java.nio.file.Path.of("crawlers"))
            .sources()
            .size();
    assertThat(lines).hasSize(sources + 2);
    assertThat(lines.get(0))
        .startsWith("source")
        .contains("family")
        .contains("documents")
        .contains("health")
        .endsWith("last blocked");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "nda +custom +policy +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} +8 +healthy +-"));
    assertThat(lines.get(lines.size() - 1)).startsWith(sources + " sources · ");
  }

  @Test
  void anUnknownSourceExitsWithTwoAndNamesTheKnownOnes() {
    List<String> args = new ArrayList<>(List.of("crawl", "--source", "nope"));
    args.addAll(settings());
    Run run = run(args.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no source 'nope'").contains("ccgp");
  }
}
