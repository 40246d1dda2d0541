package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.testsupport.Sites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counting behind {@code crawlers bench} (issue #4's figures) on nda's site copy, whose shape
 * is small enough to count by hand: no robots.txt (one 404, kept from the first run), 政策发布 on two
 * pages of three (1230, 1122, 1009 | 0104), 通知公告 one page of three, 政策解读 one page of one; eight
 * HTML documents. Counts only: the timings are the command's business.
 */
class CrawlBenchTest {

  private static final String ZCFB = "/sjj/zwgk/zcfb/";

  private final Extractors extractors = new Extractors(Fixtures.reference());

  @Test
  void steadyStateForgetsTheNewestListItemsAndCountsEveryRequestOfTheSecondRun() {
    try (FixtureServer server = Sites.serve("nda")) {
      SteadyStateBench.Result result =
          SteadyStateBench.run(Fixtures.source("nda"), server, 2, extractors);

      assertThat(result.fullCrawlDocuments()).isEqualTo(8);
      assertThat(result.forgotten()).isEqualTo(2);
      assertThat(result.found()).isEqualTo(2);
      // The two newest of the first list, fetched once each, and no other document.
      List<String> details =
          server.requests().stream()
              .map(RecordedRequest::path)
              .filter(p -> p.endsWith("_pc.html"))
              .toList();
      assertThat(details)
          .containsExactly(
              ZCFB + "1230/20241230170215742694962_pc.html",
              ZCFB + "1122/20241122164142734976742_pc.html");
      // 政策发布 pages 1 and 2 (page 1 still had new items), the other two lists' first pages.
      List<String> lists =
          server.requests().stream()
              .map(RecordedRequest::path)
              .filter(p -> p.contains("/list/"))
              .toList();
      assertThat(lists)
          .containsExactly(
              ZCFB + "list/index_pc_1.html",
              ZCFB + "list/index_pc_2.html",
              "/sjj/zwgk/tzgg/list/index_pc_1.html",
              "/sjj/zwgk/zcjd/list/index_pc_1.html");
      assertThat(result.listsRead()).isEqualTo(3);
      // The 404 robots.txt of the full crawl is kept (catalyst.crawl.robots-max-age): not asked
      // again.
      assertThat(result.robots()).isZero();
      assertThat(server.requests("www.nda.gov.cn", "/robots.txt")).isEmpty();
      assertThat(result.detailRequests()).isEqualTo(2);
      assertThat(result.listRequests()).isEqualTo(4);
      assertThat(result.requests()).isEqualTo(6).isEqualTo(server.requests().size());
      assertThat(result.needed()).isEqualTo(1);
      assertThat(result.ratio()).isEqualTo(3.0);
    }
  }

  @Test
  void forgettingMoreItemsThanTheListsShowMakesTheWholeSiteNewAgain() {
    try (FixtureServer server = Sites.serve("nda")) {
      SteadyStateBench.Result result =
          SteadyStateBench.run(Fixtures.source("nda"), server, 50, extractors);

      assertThat(result.forgotten()).isEqualTo(8);
      assertThat(result.found()).isEqualTo(8);
      assertThat(result.requests()).isEqualTo(4 + 8);
    }
  }

  @Test
  void aListSkippedOnRunTwoIsNamedAndTheRunIsReplayedWithEveryListDue() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      SteadyStateBench.Result result =
          SteadyStateBench.run(Fixtures.source("ccgp"), server, 10, extractors);

      assertThat(result.skipped()).singleElement().asString().startsWith("关键词搜索 (every: 4");
      assertThat(result.cycle()).isEqualTo(4);
      SteadyStateBench.Result due = result.allDue();
      assertThat(due).isNotNull();
      assertThat(due.skipped()).isEmpty();
      // The replay reads the search's first page once per term on top of run 2's requests, and
      // finds the same items.
      assertThat(due.requests() - result.requests())
          .isEqualTo(Fixtures.source("ccgp").searchTerms().size());
      assertThat(due.found()).isEqualTo(result.found()).isEqualTo(10);
      assertThat(result.cycleRatio())
          .isCloseTo(
              (3.0 * result.requests() + due.requests()) / 4 / due.found(),
              org.assertj.core.data.Offset.offset(1e-9));
      assertThat(result.cycleRatio()).isBetween(result.ratio(), due.ratio());
    }
  }

  @Test
  void structuresThatNeedTwoRequestsPerDocumentSayBySo() {
    assertThat(DetailPlan.of("ggzy").requestsPerDocument()).isEqualTo(2);
    assertThat(DetailPlan.of("cebpubservice").requestsPerDocument()).isEqualTo(2);
    assertThat(DetailPlan.of("page").requestsPerDocument()).isEqualTo(1);
  }

  @Test
  void aThroughputRoundFetchesAndParsesExactlyThePagesTheCrawlReceived() {
    try (FixtureServer server = Sites.serve("nda")) {
      FetchParseBench.Sample sample =
          FetchParseBench.round(Fixtures.source("nda"), server, extractors);

      // robots.txt, four list pages, eight documents: a full crawl from an empty state each round.
      assertThat(sample.pages()).isEqualTo(13);
      // The fetch + parse crawl walks the same pages as the full one.
      assertThat(sample.fetchParsePages()).isEqualTo(13);
      // The server saw the fetch + parse crawl, then bare jsoup asking for the very same requests.
      List<String> seen =
          server.requests().stream()
              .map(r -> r.method() + " " + r.host() + r.path() + "?" + r.rawQuery())
              .toList();
      assertThat(seen).hasSize(26);
      assertThat(seen.subList(13, 26)).containsExactlyElementsOf(seen.subList(0, 13));
      assertThat(server.requests().get(13).header("user-agent")).doesNotContain("Catalyst");
      assertThat(sample.nodes()).isGreaterThanOrEqualTo(13 * 2);
      assertThat(sample.fullNanos()).isPositive();
      assertThat(sample.fetchParseNanos()).isPositive();
      assertThat(sample.jsoupFetchNanos()).isPositive();
      assertThat(sample.bareNanos()).isPositive();
      assertThat(sample.cpu().fetchParse())
          .isPositive()
          .isLessThanOrEqualTo(sample.fetchParseNanos() + 20_000_000L);
    }
  }

  @Test
  void theCommandPrintsBothTablesWithTheAggregateRatios() {
    StringWriter text = new StringWriter();
    new CrawlBench(extractors, new PrintWriter(text, true))
        .run(List.of(Fixtures.source("nda")), Sites.dir("nda").getParent(), 2, 0, 1);

    assertThat(text.toString())
        .contains(
            "nda                     8       2      2 |    4       2       0      6 |    3.00      1   3.00")
        .contains("nda: 3.00 over 1.1 — 4 list requests over 2 new documents")
        .contains(
            "structure: 3 lists (search terms and discovered columns count each) read at least one page: at best 2.50")
        .containsPattern(
            "(?m)^nda\\s+13 \\|(\\s+\\d+){4} \\|\\s+[0-9.]+x\\s+[0-9.]+x \\|\\s+[0-9.]+x$")
        .containsPattern(
            "(?m)^all\\s+13 \\|.*\\(target <= 1.5x: fetch\\+parse over jsoup f\\+p\\)$")
        .contains("Issue #4's 1.5x target is judged on fetch+parse over")
        .containsPattern(
            "this thread's CPU per page: full \\d+ µs, fetch\\+parse \\d+ µs, jsoup f\\+p \\d+ µs, parse \\d+ µs; fetch\\+parse / jsoup f\\+p = [0-9.]+x")
        // nda's copy holds 8 documents, more than k = 2: it counts in the steady-state-only
        // aggregate too.
        .containsPattern(
            "(?m)^all, copies holding more than k = 2 documents\\s+3\\.00   \\(1 of 1 sources: nda\\)$");
    StringWriter small = new StringWriter();
    new CrawlBench(extractors, new PrintWriter(small, true))
        .steadyState(List.of(Fixtures.source("nda")), Sites.dir("nda").getParent(), 10);
    assertThat(small.toString())
        .containsPattern(
            "(?m)^all, copies holding more than k = 10 documents\\s+-   \\(0 of 1 sources: none\\)$");
  }

  @Test
  void onlySourcesWithASiteCopyTakePart() {
    Path sites = Sites.dir("nda").getParent();
    assertThat(CrawlBench.withSiteCopy(Fixtures.catalog().sources(), sites))
        .extracting(s -> s.id())
        .contains("nda", "ccgp")
        .hasSize(
            (int)
                Fixtures.catalog().sources().stream()
                    .filter(s -> sites.resolve(s.id()).toFile().isDirectory())
                    .count());
    assertThat(CrawlBench.withSiteCopy(Fixtures.catalog().sources(), sites.resolve("nda")))
        .isEmpty();
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(CrawlBench.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(CrawlBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
