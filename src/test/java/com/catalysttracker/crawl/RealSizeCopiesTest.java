package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.Document;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.testsupport.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-size copies ({@code crawlers bench --real-size}): nanjing-gov's recorded copy (two TRS
 * lists, 8 + 1 items, 5 a page) grown to 70 items a list, 20 a page, crawled by the real engine;
 * and issue #4's steady-state property on it, which the recorded copy is too small to show.
 */
class RealSizeCopiesTest {

  private static final RealSizeCopies.Shape SHAPE = RealSizeCopies.Shape.of(20);

  private final Extractors extractors = new Extractors(Fixtures.reference());
  private final RealSizeCopies generator = new RealSizeCopies(extractors, SHAPE);

  @TempDir Path tmp;

  @Test
  void aGrownCopyIsCrawledToEveryItemItListsEachADistinctDocument() {
    RealSizeCopies.Outcome outcome =
        generator.write(
            Fixtures.source("nanjing-gov"), Sites.dir("nanjing-gov"), tmp.resolve("nanjing-gov"));

    assertThat(outcome.written()).isTrue();
    assertThat(outcome.grown()).containsExactly(Map.entry("政府文件", 70), Map.entry("市政府规范性文件库", 70));
    assertThat(outcome.kept()).isEmpty();
    CollectingSink sink = new CollectingSink();
    SteadyStateBench.ListOrder order = new SteadyStateBench.ListOrder();
    try (FixtureServer server = FixtureServer.start(tmp.resolve("nanjing-gov"))) {
      CrawlSummary full =
          Fixtures.engine(new InMemoryCrawlState(), sink)
              .crawl(Fixtures.source("nanjing-gov"), Fixtures.options(server), order)
              .orElseThrow();

      assertThat(full.problems()).isEmpty();
      // The lists share no item, so 140 documents; each page read once: 4 + 4 (70 items, 20 a page)
      // and robots.txt.
      assertThat(full.newDocuments()).isEqualTo(140);
      assertThat(order.urls()).hasSize(140);
      assertThat(
              server.requests().stream()
                  .filter(r -> r.path().matches(".*/index(_\\d+)?\\.html"))
                  .count())
          .isEqualTo(8);
    }
    assertThat(sink.documents).hasSize(140);
    // Every clone's title is its own; the recorded copy itself publishes one 办法 at two URLs, one
    // per list (NanjingTwoUrlsIT).
    assertThat(sink.documents.values().stream().map(Document::title).distinct()).hasSize(139);
    assertThat(
            sink.documents.values().stream()
                .map(Document::title)
                .filter(t -> t.matches(".*（\\d+）"))
                .distinct())
        .hasSize(140 - 9);
    // 政府文件's 8 recorded items come first and unchanged (the oldest of 2024-10-18); the clones
    // follow, one day older each.
    assertThat(order.urls().get(7))
        .isEqualTo("https://www.nanjing.gov.cn/zdgk/202410/t20241018_4987263.html");
    Document clone = sink.documents.get(order.urls().get(8));
    assertThat(clone.url())
        .matches("https://www\\.nanjing\\.gov\\.cn/zdgk/\\d{6}/t\\d{8}_\\d000001\\.html");
    assertThat(clone.title()).endsWith("（1）");
    assertThat(clone.published()).isEqualTo(LocalDate.of(2024, 10, 17));
    assertThat(clone.text()).isNotBlank();
  }

  @Test
  void newPagesAreServedWithTheRecordedPagesContentType() {
    // JEECMS pages end in .jhtml, which a static file would be served as application/octet-stream,
    // unread by the crawler.
    SourceDefinition csg = Fixtures.source("csg-bidding");
    RealSizeCopies.Outcome outcome =
        generator.write(csg, Sites.dir("csg-bidding"), tmp.resolve("csg-bidding"));
    assertThat(outcome.grown()).containsExactly(Map.entry("招标公告", 70), Map.entry("公示公告", 70));
    assertThat(outcome.kept()).containsOnlyKeys("非招标公告", "全站搜索");

    try (FixtureServer server = FixtureServer.start(tmp.resolve("csg-bidding"))) {
      assertThat(server.contentType("https://www.bidding.csg.cn/zbgg/index_4.jhtml"))
          .isEqualTo("text/html;charset=UTF-8");
      assertThat(server.contentType("https://www.bidding.csg.cn/zbgg/1200000001.jhtml"))
          .isEqualTo("text/html;charset=UTF-8");
      CrawlSummary full =
          Fixtures.engine(new InMemoryCrawlState(), new CollectingSink())
              .crawl(csg, Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(full.problems()).isEmpty();
      assertThat(full.newDocuments()).isEqualTo(140);
    }
  }

  @Test
  void tenNewItemsOnARealSizeListCostOneListPage() {
    SourceDefinition nanjing = Fixtures.source("nanjing-gov");
    generator.write(nanjing, Sites.dir("nanjing-gov"), tmp.resolve("nanjing-gov"));

    // Issue #4's 1.1: the crawler stops at seen items, so 10 new items on a 20-item page cost that
    // page and their details.
    SourceDefinition oneList = withLists(nanjing, nanjing.lists().subList(0, 1));
    try (FixtureServer server = FixtureServer.start(tmp.resolve("nanjing-gov"))) {
      SteadyStateBench.Result r = SteadyStateBench.run(oneList, server, 10, extractors);

      assertThat(r.found()).isEqualTo(10);
      assertThat(r.detailRequests()).isEqualTo(10);
      assertThat(r.listRequests()).isEqualTo(1);
      assertThat(r.ratio()).isLessThanOrEqualTo(CrawlBench.STEADY_TARGET);
    }
    // With both lists the second one's page 1 is read too (all seen): the structure's floor, (10 +
    // 2) / 10, and no more.
    try (FixtureServer server = FixtureServer.start(tmp.resolve("nanjing-gov"))) {
      SteadyStateBench.Result r = SteadyStateBench.run(nanjing, server, 10, extractors);

      assertThat(r.found()).isEqualTo(10);
      assertThat(r.listRequests()).isEqualTo(r.listsRead()).isEqualTo(2);
      assertThat(r.ratio()).isEqualTo(1.2);
    }
  }

  @Test
  void theRecordedCopyOfTheSameListNeedsMoreListPages() {
    // The reason the generator exists: on the recorded copy the same run reads every page of the
    // list.
    SourceDefinition oneList =
        withLists(
            Fixtures.source("nanjing-gov"), Fixtures.source("nanjing-gov").lists().subList(0, 1));
    try (FixtureServer server = Sites.serve("nanjing-gov")) {
      SteadyStateBench.Result r = SteadyStateBench.run(oneList, server, 10, extractors);

      assertThat(r.listRequests()).isGreaterThan(1);
      assertThat(r.ratio()).isGreaterThan(CrawlBench.STEADY_TARGET);
    }
  }

  @Test
  void listsItCannotGrowAreKeptOrTheSourceSkippedWithWhy() {
    RealSizeCopies.Outcome ccgp =
        generator.write(Fixtures.source("ccgp"), Sites.dir("ccgp"), tmp.resolve("ccgp"));
    assertThat(ccgp.written()).isTrue();
    assertThat(ccgp.grown()).containsOnlyKeys("地方公告", "中央公告");
    assertThat(ccgp.kept()).containsOnlyKeys("关键词搜索");
    assertThat(ccgp.kept().get("关键词搜索")).contains("search");
    assertThat(tmp.resolve("ccgp/GENERATED.md")).content().contains("kept as recorded: 关键词搜索");

    RealSizeCopies.Outcome json =
        generator.write(
            Fixtures.source("gov-cn-policy"),
            Sites.dir("gov-cn-policy"),
            tmp.resolve("gov-cn-policy"));
    assertThat(json.written()).isFalse();
    assertThat(json.skipped())
        .isEqualTo("first list 最新政策: format json; the generator writes HTML list pages only");
    assertThat(tmp.resolve("gov-cn-policy")).doesNotExist();

    RealSizeCopies.Outcome post =
        generator.write(Fixtures.source("caac"), Sites.dir("caac"), tmp.resolve("caac"));
    assertThat(post.skipped()).contains("POST");
  }

  @Test
  void theBenchNamesWhatItGrewAndSkippedAndPrintsTheRealSizeTable() {
    java.io.StringWriter text = new java.io.StringWriter();
    List<SteadyStateBench.Result> results =
        new CrawlBench(extractors, new java.io.PrintWriter(text, true))
            .realSize(
                List.of(Fixtures.source("nanjing-gov"), Fixtures.source("gov-cn-policy")),
                Sites.dir("nanjing-gov").getParent(),
                10,
                SHAPE);

    assertThat(results).extracting(SteadyStateBench.Result::source).containsExactly("nanjing-gov");
    assertThat(text.toString())
        .contains("grown to 70 items, 20 a page")
        .contains("generated nanjing-gov      政府文件 70, 市政府规范性文件库 70")
        .contains(
            "skipped   gov-cn-policy    first list 最新政策: format json; the generator writes HTML list pages only")
        .contains("Steady state on the real-size copies (1 generated of 2)")
        .contains(
            "nanjing-gov           140      10     10 |    2      10       0     12 |    1.20      1   1.20")
        .containsPattern(
            "(?m)^all, the structure's floor\\s+1\\.20   \\(new documents \\+ page 1 of every list read");
  }

  @Test
  void theSameInputsWriteTheSameBytes() {
    generator.write(Fixtures.source("nda"), Sites.dir("nda"), tmp.resolve("a"));
    generator.write(Fixtures.source("nda"), Sites.dir("nda"), tmp.resolve("b"));

    Map<String, byte[]> a = files(tmp.resolve("a"));
    Map<String, byte[]> b = files(tmp.resolve("b"));
    assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(200);
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    assertThatThrownBy(
            () -> generator.write(Fixtures.source("nda"), Sites.dir("nda"), tmp.resolve("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void cloneIdsKeepTheFileNamesShapeAndDatesKeepTheirForm() {
    assertThat(RealSizeCopies.withId("./202410/t20241018_4987263.html", 12))
        .isEqualTo("./202410/t20241018_4000012.html");
    assertThat(RealSizeCopies.withId("/zbgg/1200452478.jhtml", 3))
        .isEqualTo("/zbgg/1200000003.jhtml");
    assertThat(RealSizeCopies.withId("../1230/20241230170215742694962_pc.html", 7))
        .isEqualTo("../1230/20241230170215742000007_pc.html");
    assertThat(RealSizeCopies.withId("a/t1234.htm?x=99", 5)).isEqualTo("a/t1005.htm?x=99");
    LocalDate from = LocalDate.of(2025, 3, 10);
    LocalDate to = LocalDate.of(2024, 12, 5);
    assertThat(
            RealSizeCopies.replaceDate(
                "2025-03-10 09:30 | 2025/3/10 | 2025.03.10 | 2025年3月10日 | 20250310 | 12025-03-101",
                from,
                to))
        .isEqualTo(
            "2024-12-05 09:30 | 2024/12/5 | 2024.12.05 | 2024年12月5日 | 20250310 | 12025-03-101");
  }

  static SourceDefinition withLists(SourceDefinition s, List<ListSpec> lists) {
    return new SourceDefinition(
        s.file(),
        s.id(),
        s.name(),
        s.kind(),
        s.family(),
        s.scheme(),
        s.hosts(),
        s.encoding(),
        s.cron(),
        s.scheduled(),
        s.delay(),
        s.userAgent(),
        s.stopAfterSeen(),
        s.searchTerms(),
        lists,
        s.detailAdapter(),
        s.detail(),
        s.follow(),
        s.detailBlockMarkers());
  }

  private static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
