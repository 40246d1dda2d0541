package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The procurement portals of issue #5 crawled from their site copies over real HTTP: a full crawl
 * yields every document of expected.json (url, title, published, doc_type; the other fields are
 * counted and printed), and a second crawl fetches no detail page again. Seen-state in memory.
 */
class ProcurementSourcesTest {

  @ParameterizedTest
  @ValueSource(strings = {"ggzy", "csg-bidding", "cebpubservice"})
  void aFullCrawlFindsEveryExpectedDocumentAndASecondFetchesNoDetailAgain(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve(id)) {
      CrawlEngine engine = Fixtures.engine(state, sink);
      CrawlSummary first =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " first:  " + first.line() + "  " + first.problems());
      System.out.println(
          String.format(
              java.util.Locale.ROOT,
              "%s requests: %d (detail %d) for %d new documents = %.2f per document",
              id,
              first.requests(),
              first.detailRequests(),
              first.newDocuments(),
              (double) first.requests() / first.newDocuments()));

      List<String> misses =
          ReferenceSourcesTest.compare(id, sink.documents.values().stream().toList());
      assertThat(misses).as(id + " documents against expected.json").isEmpty();
      assertThat(first.failed()).as(first.problems().toString()).isZero();
      assertThat(first.newDocuments()).isEqualTo(Fixtures.expected(id).size());
      assertThat(state.health.get(id).blocked()).isFalse();

      server.clearRequests();
      CrawlSummary second =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " second: " + second.line());
      assertThat(second.detailRequests()).as("detail requests in the second crawl").isZero();
      assertThat(second.newDocuments() + second.changed()).isZero();
    }
  }

  /**
   * A block page answered with status 200 where the first list should be: the run stops there (no
   * further request to the site), indexes nothing, and health says the source is blocked.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ggzy          | www.ggzy.gov.cn            | /information/pubTradingInfo/getTradList | site/www.ggzy.gov.cn/information/pubTradingInfo/getTradList/captcha_829.json | application/json;charset=UTF-8",
        "csg-bidding   | www.bidding.csg.cn         | /zbgg/index.jhtml                       | -                                                                             | text/html;charset=UTF-8",
        "cebpubservice | bulletin.cebpubservice.com | /xxfbcmses/search/bulletin.html         | -                                                                             | text/html;charset=UTF-8"
      })
  void aBlockPageInPlaceOfAListMarksTheSourceBlockedAndIndexesNothing(
      String id, String host, String path, String file, String type) throws IOException {
    String block =
        file.equals("-")
            ? "<html><head><title>安全验证</title></head><body>您的访问过于频繁，请输入验证码后继续。访问被阻断 acw_sc__v2</body></html>"
            : Files.readString(Sites.dir(id).resolve(file), StandardCharsets.UTF_8);
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve(id)) {
      server.answer(host, path, Answer.text(200, type, block, StandardCharsets.UTF_8));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(sink.documents).isEmpty();
      assertThat(server.requests().stream().filter(r -> !r.path().endsWith("/robots.txt")))
          .as("nothing more is asked of a site that answered a block page")
          .hasSize(1);
      assertThat(run.problems())
          .singleElement()
          .satisfies(p -> assertThat(p).contains("block page"));
      SourceHealth health = state.health.get(id);
      assertThat(health.blocked()).isTrue();
      assertThat(health.lastBlocked()).isNotNull();
      assertThat(health.healthy()).isFalse();
      assertThat(health.problems())
          .anySatisfy(p -> assertThat(p).startsWith("blocked:").contains(path));
    }
  }

  @Test
  void theWafChallengeInPlaceOfTheDetailApiIsABlockNotADocument() {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("cebpubservice")) {
      server.answer(
          "ctbpsp.com",
          "/cutominfoapi/bulletin/8a94947599c1d3a6019a8f4e2b7c1d05/uid/0",
          Answer.text(
              200,
              "text/html",
              "<html><script>var arg1='3A1B';acw_sc__v2()</script></html>",
              StandardCharsets.UTF_8));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(Fixtures.source("cebpubservice"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(sink.documents).isEmpty(); // the challenge met the first detail of the first list
      assertThat(run.problems())
          .singleElement()
          .satisfies(
              p -> assertThat(p).contains("8a94947599c1d3a6019a8f4e2b7c1d05").contains("WAF"));
      assertThat(state.health.get("cebpubservice").blocked()).isTrue();
      assertThat(state.items.values())
          .noneMatch(
              i -> i.url().contains("8a94947599c1d3a6019a8f4e2b7c1d05") && i.contentHash() != null);
    }
  }
}
