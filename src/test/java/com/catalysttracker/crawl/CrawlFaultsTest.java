package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What sites do to a crawl (issue #4): each fault is handled, nothing is lost (what failed is
 * fetched by the next run), and the run never crashes. ccgp's copy over real HTTP.
 */
class CrawlFaultsTest {

  static final String HOST = "www.ccgp.gov.cn";
  static final String C1_PATH = "/cggg/dfgg/zbgg/202611/t20261120_27998831.htm";
  static final String C1 = "https://" + HOST + C1_PATH;
  static final String C1_TITLE = "珠海市低空飞行服务站（一期）建设项目中标公告";
  static final int ALL = 11;

  private final InMemoryCrawlState state = new InMemoryCrawlState();
  private final CollectingSink sink = new CollectingSink();
  private final CrawlEngine engine = Fixtures.engine(state, sink);

  private CrawlSummary crawl(FixtureServer server) {
    return engine
        .crawl(Fixtures.source("ccgp"), Fixtures.options(server), CrawlListener.NONE)
        .orElseThrow();
  }

  @Test
  void serverErrorsThenSuccessLoseNothing() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(HOST, C1_PATH, Answer.status(500), Answer.status(503), Answer.fixture());
      CrawlSummary run = crawl(server);
      assertThat(run.failed()).isZero();
      assertThat(sink.documents.get(C1).title()).isEqualTo(C1_TITLE);
      assertThat(server.requests(HOST, C1_PATH)).hasSize(3);
    }
  }

  @Test
  void waitsOutA429WithRetryAfter() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(
          HOST, C1_PATH, Answer.status(429).withHeader("Retry-After", "1"), Answer.fixture());
      CrawlSummary run = crawl(server);
      assertThat(run.failed()).isZero();
      var requests = server.requests(HOST, C1_PATH);
      assertThat(requests).hasSize(2);
      assertThat(Duration.between(requests.get(0).receivedAt(), requests.get(1).receivedAt()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(950));
      assertThat(sink.documents).containsKey(C1);
    }
  }

  @Test
  void retriesATimeoutAndAConnectionResetMidBody() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(
          HOST,
          C1_PATH,
          Answer.fixture().withDelay(Duration.ofSeconds(3)),
          Answer.fixture().cutAfter(2000),
          Answer.fixture());
      CrawlSummary run = crawl(server);
      assertThat(run.failed()).as(run.problems().toString()).isZero();
      assertThat(server.requests(HOST, C1_PATH)).hasSize(3);
      assertThat(sink.documents.get(C1).title()).isEqualTo(C1_TITLE);
    }
  }

  @Test
  void aTruncatedPageIsNotIndexedAndTheNextRunFetchesItWhole() throws Exception {
    String page =
        Files.readString(
            Sites.dir("ccgp").resolve("site/" + HOST + C1_PATH), StandardCharsets.UTF_8);
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(
          HOST,
          C1_PATH,
          Answer.text(
              200, "text/html", page.substring(0, page.length() / 2), StandardCharsets.UTF_8));
      CrawlSummary first = crawl(server);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.problems())
          .anySatisfy(p -> assertThat(p).contains(C1).contains("cut short"));
      assertThat(sink.documents).doesNotContainKey(C1).hasSize(ALL - 1);

      server.answer(HOST, C1_PATH, Answer.fixture());
      CrawlSummary second = crawl(server);
      assertThat(second.newDocuments()).isEqualTo(1);
      assertThat(sink.documents).containsKey(C1).hasSize(ALL);
    }
  }

  @Test
  void readsAGbkPageThatDeclaresNoCharset() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(
          HOST,
          C1_PATH,
          Answer.fixture().reencodedAs(Charset.forName("GBK")).withContentType("text/html"));
      crawl(server);
      assertThat(sink.documents.get(C1).title()).isEqualTo(C1_TITLE);
      assertThat(sink.documents.get(C1).issuer()).isEqualTo("珠海市交通运输局");
    }
  }

  @Test
  void aRedirectToAForeignHostFailsThatDocumentOnly() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(HOST, C1_PATH, Answer.redirect(302, "https://evil.example.com/phish.htm"));
      CrawlSummary run = crawl(server);
      assertThat(run.failed()).isEqualTo(1);
      assertThat(run.problems())
          .anySatisfy(p -> assertThat(p).contains("evil.example.com").contains("not followed"));
      assertThat(sink.documents).hasSize(ALL - 1);
      assertThat(server.requests().stream().filter(r -> r.host().contains("evil"))).isEmpty();
      assertThat(state.items).doesNotContainKey("ccgp " + C1);
    }
  }

  @Test
  void robotsTxtDisallowIsObeyed() {
    try (FixtureServer server = Sites.serve("ccgp")) {
      server.answer(
          HOST,
          "/robots.txt",
          Answer.text(
              200,
              "text/plain",
              "User-agent: *\nDisallow: /cggg/dfgg/zbgg/\n",
              StandardCharsets.UTF_8));
      CrawlSummary run = crawl(server);
      assertThat(server.requests().stream().filter(r -> r.path().startsWith("/cggg/dfgg/zbgg/2")))
          .isEmpty();
      assertThat(run.problems()).anySatisfy(p -> assertThat(p).contains("robots.txt"));
      assertThat(sink.documents.keySet()).noneMatch(u -> u.contains("/dfgg/zbgg/")).isNotEmpty();
    }
  }

  @Test
  void anEmptyListPageEndsThatListAndMarksTheSourceUnhealthyAgainstItsBaseline() throws Exception {
    String empty =
        Files.readString(
                Sites.dir("ccgp").resolve("site/" + HOST + "/cggg/dfgg/index.htm"),
                StandardCharsets.UTF_8)
            .replaceAll("(?s)<ul class=\"c_list_bid\">.*?</ul>", "<ul class=\"c_list_bid\"></ul>");
    try (FixtureServer server = Sites.serve("ccgp")) {
      crawl(server);
      assertThat(state.health.get("ccgp").healthy()).isTrue();
      assertThat(state.health.get("ccgp").baselineItemsPerPage()).containsKey("地方公告");

      server.answer(
          HOST, "/cggg/dfgg/", Answer.text(200, "text/html", empty, StandardCharsets.UTF_8));
      CrawlSummary run = crawl(server);
      assertThat(run.failed()).isZero();
      SourceHealth health = state.health.get("ccgp");
      assertThat(health.healthy()).isFalse();
      assertThat(health.problems())
          .singleElement()
          .satisfies(p -> assertThat(p).contains("地方公告").contains("no items"));
      assertThat(health.lastItemsPerPage()).containsEntry("地方公告", 0);
    }
  }

  @Test
  void aChangedPageIsReindexedAsANewVersionKeepingTheOldHash() throws Exception {
    String page =
        Files.readString(
            Sites.dir("ccgp").resolve("site/" + HOST + C1_PATH), StandardCharsets.UTF_8);
    try (FixtureServer server = Sites.serve("ccgp")) {
      crawl(server);
      ItemState before = state.items.get("ccgp " + C1);
      // The list shows a new date for the item (republished) and the page's text changed.
      String list =
          Files.readString(
                  Sites.dir("ccgp").resolve("site/" + HOST + "/cggg/dfgg/index.htm"),
                  StandardCharsets.UTF_8)
              .replace("2026-11-20 16:42", "2026-11-21 09:00");
      server.answer(
          HOST, "/cggg/dfgg/", Answer.text(200, "text/html", list, StandardCharsets.UTF_8));
      server.answer(
          HOST,
          C1_PATH,
          Answer.text(200, "text/html", page.replace("吴工、梁工", "吴工、梁工、赵工"), StandardCharsets.UTF_8));
      CrawlSummary run = crawl(server);

      assertThat(run.changed()).isEqualTo(1);
      ItemState after = state.items.get("ccgp " + C1);
      assertThat(after.version()).isEqualTo(2);
      assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
      assertThat(after.history())
          .singleElement()
          .satisfies(v -> assertThat(v.contentHash()).isEqualTo(before.contentHash()));
      assertThat(sink.documents.get(C1).text()).contains("赵工");
    }
  }
}
