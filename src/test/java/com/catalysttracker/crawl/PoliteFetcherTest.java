package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fetcher over real HTTP against the offline site copies; waits run on a fake clock. */
class PoliteFetcherTest {

  private static final Instant EPOCH = Instant.parse("2026-11-20T08:00:00Z");
  private static final String DETAIL =
      "https://www.ccgp.gov.cn/cggg/zygg/gkzb/202611/t20261110_27901452.htm";
  private static final String DETAIL_PATH = "/cggg/zygg/gkzb/202611/t20261110_27901452.htm";
  private static final Set<String> CCGP_HOSTS = Set.of("www.ccgp.gov.cn", "search.ccgp.gov.cn");

  private final FakeFetchClock clock = new FakeFetchClock(EPOCH);
  private final FetchConfig config =
      FetchConfig.defaults()
          .withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(30))
          .withTimeout(Duration.ofSeconds(5));

  private PoliteFetcher fetcher(
      FixtureServer server, String source, Set<String> hosts, FetchConfig cfg) {
    FetchScope scope = FetchScope.of(source, hosts).withBaseUrl(server.baseUrl(), server.scheme());
    return new PoliteFetcher(scope, cfg, new HostThrottle(clock), clock, () -> 0.5);
  }

  private PoliteFetcher ccgp(FixtureServer server) {
    return fetcher(server, "ccgp", CCGP_HOSTS, config);
  }

  private static String fixtureText(String source, String relative) throws IOException {
    return Files.readString(Sites.dir(source).resolve(relative), StandardCharsets.UTF_8);
  }

  @Test
  void fetchesAPageFromTheLocalCopyKeepingTheRealUrl() throws Exception {
    try (var server = Sites.serve("ccgp")) {
      FetchOutcome outcome = ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(outcome).isInstanceOf(FetchResult.class);
      FetchResult page = (FetchResult) outcome;
      assertThat(page.url()).isEqualTo(URI.create(DETAIL));
      assertThat(page.finalUrl()).isEqualTo(URI.create(DETAIL));
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.contentType()).isEqualTo("text/html");
      assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(page.text()).isEqualTo(fixtureText("ccgp", "site/www.ccgp.gov.cn" + DETAIL_PATH));
      assertThat(page.attempts()).isEqualTo(1);
      assertThat(server.requests("www.ccgp.gov.cn", DETAIL_PATH).get(0).header("User-Agent"))
          .isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
    }
  }

  @Test
  void sendsAPerSourceBrowserUserAgent() {
    try (var server = Sites.serve("ccgp")) {
      fetcher(server, "ccgp", CCGP_HOSTS, config.withUserAgent(FetchConfig.BROWSER_USER_AGENT))
          .fetch(FetchRequest.get(DETAIL));
      assertThat(server.requests("www.ccgp.gov.cn", DETAIL_PATH).get(0).header("User-Agent"))
          .isEqualTo(FetchConfig.BROWSER_USER_AGENT);
    }
  }

  @Test
  void decodesAGbkPageWhateverTheHeaderAndMetaClaim() throws Exception {
    Charset gbk = Charset.forName("GBK");
    String original = fixtureText("ccgp", "site/www.ccgp.gov.cn" + DETAIL_PATH);
    try (var server = Sites.serve("ccgp")) {
      // The page's meta says utf-8; the bytes are GBK, once with no header charset, once with a
      // wrong one.
      server.answer(
          "www.ccgp.gov.cn",
          DETAIL_PATH,
          Answer.fixture().reencodedAs(gbk),
          Answer.fixture().reencodedAs(gbk).withContentType("text/html;charset=UTF-8"));
      PoliteFetcher fetcher = ccgp(server);

      FetchResult noCharset = (FetchResult) fetcher.fetch(FetchRequest.get(DETAIL));
      FetchResult wrongCharset = (FetchResult) fetcher.fetch(FetchRequest.get(DETAIL));

      assertThat(noCharset.body()).isEqualTo(original.getBytes(gbk));
      assertThat(noCharset.text()).isEqualTo(original).contains("采购");
      assertThat(noCharset.charset().name()).isEqualTo("GB18030");
      assertThat(wrongCharset.text()).isEqualTo(original);
    }
  }

  @Test
  void decodesAGzippedAnswer() throws Exception {
    try (var server = Sites.serve("ccgp")) {
      server.answer("www.ccgp.gov.cn", DETAIL_PATH, Answer.fixture().gzipped());
      FetchResult page = (FetchResult) ccgp(server).fetch(FetchRequest.get(DETAIL));
      assertThat(page.text()).isEqualTo(fixtureText("ccgp", "site/www.ccgp.gov.cn" + DETAIL_PATH));
    }
  }

  @Test
  void retriesAfter503ThenSucceedsWithGrowingBackoff() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn", DETAIL_PATH, Answer.status(503), Answer.status(503), Answer.fixture());

      FetchOutcome outcome = ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(outcome).isInstanceOf(FetchResult.class);
      assertThat(((FetchResult) outcome).attempts()).isEqualTo(3);
      assertThat(server.requests("www.ccgp.gov.cn", DETAIL_PATH)).hasSize(3);
      // 2 s base, jitter fixed at 0.5: 1.5 s, then 3 s (after the 1 s host delay following
      // robots.txt).
      assertThat(clock.sleeps)
          .containsSubsequence(Duration.ofMillis(1500), Duration.ofMillis(3000));
    }
  }

  @Test
  void givesUpAfterTheLastAttemptNamingUrlAndStatus() {
    try (var server = Sites.serve("ccgp")) {
      server.answer("www.ccgp.gov.cn", DETAIL_PATH, Answer.status(502));

      FetchFailure failure = (FetchFailure) ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(failure.reason()).isEqualTo(FetchFailure.Reason.HTTP_STATUS);
      assertThat(failure.status()).isEqualTo(502);
      assertThat(failure.attempts()).isEqualTo(3);
      assertThat(failure.message()).contains(DETAIL).contains("502").contains("after 3 attempts");
      assertThat(failure.worthRetryingLater()).isTrue();
    }
  }

  @Test
  void honoursRetryAfterSecondsOn429() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn",
          DETAIL_PATH,
          Answer.status(429).withHeader("Retry-After", "7"),
          Answer.fixture());

      FetchOutcome outcome = ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(outcome).isInstanceOf(FetchResult.class);
      assertThat(clock.sleeps).contains(Duration.ofSeconds(7));
    }
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    try (var server = Sites.serve("ccgp")) {
      String at =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(EPOCH.plusSeconds(30).atZone(ZoneOffset.UTC));
      server.answer(
          "www.ccgp.gov.cn",
          DETAIL_PATH,
          Answer.status(503).withHeader("Retry-After", at),
          Answer.fixture());

      FetchOutcome outcome = ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(outcome).isInstanceOf(FetchResult.class);
      // The clock had moved 1 s (host delay after robots.txt) when the 503 came.
      assertThat(clock.sleeps).contains(Duration.ofSeconds(29));
    }
  }

  @Test
  void leavesAUrlForLaterWhenRetryAfterIsTooLong() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn", DETAIL_PATH, Answer.status(429).withHeader("Retry-After", "3600"));

      FetchFailure failure = (FetchFailure) ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(failure.reason()).isEqualTo(FetchFailure.Reason.RETRY_AFTER_TOO_LONG);
      assertThat(failure.message()).contains(DETAIL).contains("3600");
      assertThat(server.requests("www.ccgp.gov.cn", DETAIL_PATH)).hasSize(1);
    }
  }

  @Test
  void doesNotRetryA404() {
    try (var server = Sites.serve("ccgp")) {
      String missing = "https://www.ccgp.gov.cn/cggg/dfgg/xjgg/";

      FetchFailure failure = (FetchFailure) ccgp(server).fetch(FetchRequest.get(missing));

      assertThat(failure.status()).isEqualTo(404);
      assertThat(failure.attempts()).isEqualTo(1);
      assertThat(failure.message()).contains(missing).contains("404");
      assertThat(failure.worthRetryingLater()).isFalse();
      assertThat(server.requests("www.ccgp.gov.cn", "/cggg/dfgg/xjgg/")).hasSize(1);
    }
  }

  @Test
  void refusesARedirectOffSiteNamingBothUrls() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn",
          DETAIL_PATH,
          Answer.redirect(302, "https://login.example.org/sso?from=ccgp"));

      FetchFailure failure = (FetchFailure) ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(failure.reason()).isEqualTo(FetchFailure.Reason.REDIRECT_OFF_SITE);
      assertThat(failure.message())
          .contains(DETAIL)
          .contains("https://login.example.org/sso?from=ccgp");
      assertThat(server.requests()).noneMatch(r -> r.host().equals("login.example.org"));
    }
  }

  @Test
  void followsRedirectsWithinTheSiteAndReportsTheRealFinalUrl() {
    try (var server = Sites.serve("ccgp")) {
      // An absolute Location on the local server, then a relative one.
      server.answer(
          "www.ccgp.gov.cn",
          "/old/notice.htm",
          Answer.redirect(301, server.local("https://www.ccgp.gov.cn/moved.htm").toString()));
      server.answer("www.ccgp.gov.cn", "/moved.htm", Answer.redirect(302, DETAIL_PATH));

      FetchResult page =
          (FetchResult)
              ccgp(server).fetch(FetchRequest.get("https://www.ccgp.gov.cn/old/notice.htm"));

      assertThat(page.url()).isEqualTo(URI.create("https://www.ccgp.gov.cn/old/notice.htm"));
      assertThat(page.finalUrl()).isEqualTo(URI.create(DETAIL));
      assertThat(page.attempts()).isEqualTo(3);
    }
  }

  @Test
  void sendsValidatorsAndReportsNotModifiedOn304() {
    try (var server = Sites.serve("ccgp")) {
      server.conditionalGet(true);
      PoliteFetcher fetcher = ccgp(server);
      FetchResult first = (FetchResult) fetcher.fetch(FetchRequest.get(DETAIL));
      assertThat(first.validators().etag()).isNotNull();

      FetchOutcome second =
          fetcher.fetch(FetchRequest.get(DETAIL).withValidators(first.validators()));

      assertThat(second.kind()).isEqualTo(FetchOutcome.Kind.NOT_MODIFIED);
      assertThat(((NotModified) second).validators().etag()).isEqualTo(first.validators().etag());
      var conditional = server.requests("www.ccgp.gov.cn", DETAIL_PATH).get(1);
      assertThat(conditional.header("If-None-Match")).isEqualTo(first.validators().etag());
      assertThat(conditional.header("If-Modified-Since"))
          .isEqualTo(first.validators().lastModified());
    }
  }

  @Test
  void skipsWhatRobotsTxtDisallowsWithoutRequestingItAndReadsRobotsOnce() {
    try (var server = Sites.serve("caac")) {
      PoliteFetcher fetcher = fetcher(server, "caac", Set.of("www.caac.gov.cn"), config);

      FetchOutcome disallowed =
          fetcher.fetch(FetchRequest.get("https://www.caac.gov.cn/CAAC/local/notice.html"));
      FetchOutcome allowed = fetcher.fetch(FetchRequest.get("https://www.caac.gov.cn/XXGK/"));

      assertThat(disallowed).isInstanceOf(FetchSkipped.class);
      assertThat(((FetchSkipped) disallowed).reason())
          .isEqualTo(FetchSkipped.Reason.ROBOTS_DISALLOWED);
      assertThat(((FetchSkipped) disallowed).message())
          .contains("/CAAC/local/notice.html")
          .contains("robots.txt");
      assertThat(allowed.kind()).isNotEqualTo(FetchOutcome.Kind.SKIPPED);
      assertThat(server.requests("www.caac.gov.cn", "/CAAC/local/notice.html")).isEmpty();
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(1);
    }
  }

  @Test
  void staysAwayFromAHostWhoseRobotsTxtFails() {
    try (var server = Sites.serve("ccgp")) {
      server.answer("www.ccgp.gov.cn", "/robots.txt", Answer.status(503));

      FetchSkipped skipped = (FetchSkipped) ccgp(server).fetch(FetchRequest.get(DETAIL));

      assertThat(skipped.reason()).isEqualTo(FetchSkipped.Reason.ROBOTS_UNAVAILABLE);
      assertThat(skipped.message()).contains(DETAIL).contains("503");
      assertThat(server.requests("www.ccgp.gov.cn", DETAIL_PATH)).isEmpty();
    }
  }

  /** A later run: a new fetcher sharing the engine's kept robots.txt answers. */
  private PoliteFetcher caacRun(FixtureServer server, RobotsMemory kept) {
    FetchScope scope =
        FetchScope.of("caac", Set.of("www.caac.gov.cn"))
            .withBaseUrl(server.baseUrl(), server.scheme());
    return new PoliteFetcher(scope, config, new HostThrottle(clock), clock, () -> 0.5, kept);
  }

  @Test
  void aLaterRunWithinTheMaxAgeObeysTheKeptRobotsTxtWithoutAskingAgainAndAStaleOneIsFetchedAgain() {
    try (var server = Sites.serve("caac")) {
      InMemoryCrawlState store = new InMemoryCrawlState();
      RobotsMemory kept = RobotsMemory.backedBy(store);
      String notice = "https://www.caac.gov.cn/CAAC/local/notice.html";

      assertThat(
              caacRun(server, kept).fetch(FetchRequest.get("https://www.caac.gov.cn/XXGK/")).kind())
          .isNotEqualTo(FetchOutcome.Kind.SKIPPED);
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(1);
      RobotsRecord stored =
          store.robots.get(server.local("https://www.caac.gov.cn/robots.txt").toString());
      assertThat(stored.status()).isEqualTo(200);
      assertThat(stored.body()).contains("Disallow");

      clock.sleep(Duration.ofHours(23));
      FetchOutcome disallowed = caacRun(server, kept).fetch(FetchRequest.get(notice));
      assertThat(((FetchSkipped) disallowed).reason())
          .isEqualTo(FetchSkipped.Reason.ROBOTS_DISALLOWED);
      // A restarted process (nothing in memory) finds it in the store.
      assertThat(
              caacRun(server, RobotsMemory.backedBy(store)).fetch(FetchRequest.get(notice)).kind())
          .isEqualTo(FetchOutcome.Kind.SKIPPED);
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(1);

      clock.sleep(Duration.ofHours(2));
      caacRun(server, kept).fetch(FetchRequest.get("https://www.caac.gov.cn/XXGK/"));
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(2);
      assertThat(store.robots.get(stored.url()).fetchedAt())
          .isAfterOrEqualTo(EPOCH.plus(Duration.ofHours(25)));
      assertThat(server.requests("www.caac.gov.cn", "/CAAC/local/notice.html")).isEmpty();
    }
  }

  @Test
  void aRobotsTxtThatFailedWithA5xxIsNotKeptSoTheNextRunAsksAgain() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn",
          "/robots.txt",
          Answer.status(503),
          Answer.status(503),
          Answer.status(503),
          Answer.fixture());
      InMemoryCrawlState store = new InMemoryCrawlState();
      RobotsMemory kept = RobotsMemory.backedBy(store);
      FetchScope scope =
          FetchScope.of("ccgp", CCGP_HOSTS).withBaseUrl(server.baseUrl(), server.scheme());

      FetchOutcome first =
          new PoliteFetcher(scope, config, new HostThrottle(clock), clock, () -> 0.5, kept)
              .fetch(FetchRequest.get(DETAIL));
      assertThat(((FetchSkipped) first).reason()).isEqualTo(FetchSkipped.Reason.ROBOTS_UNAVAILABLE);
      assertThat(store.robots).isEmpty();

      FetchOutcome next =
          new PoliteFetcher(scope, config, new HostThrottle(clock), clock, () -> 0.5, kept)
              .fetch(FetchRequest.get(DETAIL));
      assertThat(next).isInstanceOf(FetchResult.class);
      assertThat(server.requests("www.ccgp.gov.cn", "/robots.txt")).hasSize(4);
      // ccgp has no robots.txt (404): its absence is kept like a file.
      assertThat(store.robots.values())
          .singleElement()
          .satisfies(r -> assertThat(r.status()).isEqualTo(404));
    }
  }

  @Test
  void aMaxAgeOfZeroAsksForRobotsTxtOncePerRun() {
    try (var server = Sites.serve("caac")) {
      RobotsMemory kept = RobotsMemory.backedBy(new InMemoryCrawlState());
      FetchScope scope =
          FetchScope.of("caac", Set.of("www.caac.gov.cn"))
              .withBaseUrl(server.baseUrl(), server.scheme());
      FetchConfig everyRun = config.withRobotsMaxAge(Duration.ZERO);
      for (int run = 0; run < 2; run++) {
        PoliteFetcher fetcher =
            new PoliteFetcher(scope, everyRun, new HostThrottle(clock), clock, () -> 0.5, kept);
        fetcher.fetch(FetchRequest.get("https://www.caac.gov.cn/XXGK/"));
        fetcher.fetch(FetchRequest.get("https://www.caac.gov.cn/XXGK/"));
      }
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(2);
    }
  }

  @Test
  void failsCleanlyOverTheSizeCapEvenWhenGzipped() {
    try (var server = Sites.serve("ccgp")) {
      PoliteFetcher small = fetcher(server, "ccgp", CCGP_HOSTS, config.withMaxBodyBytes(4_000));

      FetchFailure plain = (FetchFailure) small.fetch(FetchRequest.get(DETAIL));
      server.answer("www.ccgp.gov.cn", DETAIL_PATH, Answer.fixture().gzipped());
      FetchFailure gzipped = (FetchFailure) small.fetch(FetchRequest.get(DETAIL));

      assertThat(plain.reason()).isEqualTo(FetchFailure.Reason.BODY_TOO_LARGE);
      assertThat(plain.message()).contains(DETAIL).contains("4000");
      assertThat(plain.attempts()).isEqualTo(1);
      assertThat(gzipped.reason()).isEqualTo(FetchFailure.Reason.BODY_TOO_LARGE);
    }
  }

  @Test
  void postsAFormWithRefererToAJsonApi() throws Exception {
    try (var server = Sites.serve("ggzy")) {
      PoliteFetcher fetcher =
          fetcher(server, "ggzy", Set.of("www.ggzy.gov.cn", "deal.ggzy.gov.cn"), config);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("DEAL_TIME", "02");
      form.put("PAGENUMBER", "2");
      form.put("FINDTXT", "低空");
      FetchRequest request =
          FetchRequest.postForm(
                  URI.create("https://www.ggzy.gov.cn/information/pubTradingInfo/getTradList"),
                  form)
              .withReferer(URI.create("https://www.ggzy.gov.cn/deal/dealList.html"))
              .withHeader("X-Requested-With", "XMLHttpRequest");

      FetchResult page = (FetchResult) fetcher.fetch(request);

      assertThat(page.text())
          .isEqualTo(
              fixtureText(
                  "ggzy",
                  "site/www.ggzy.gov.cn/information/pubTradingInfo/getTradList/findtxt_diko_p2.json"));
      var sent =
          server.requests("www.ggzy.gov.cn", "/information/pubTradingInfo/getTradList").get(0);
      assertThat(sent.method()).isEqualTo("POST");
      assertThat(sent.header("Referer")).isEqualTo("https://www.ggzy.gov.cn/deal/dealList.html");
      assertThat(sent.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
      assertThat(sent.bodyText()).isEqualTo("DEAL_TIME=02&PAGENUMBER=2&FINDTXT=%E4%BD%8E%E7%A9%BA");
    }
  }

  @Test
  void postsJsonAndBareBodiesToApis() throws Exception {
    try (var server = Sites.serve("sgcc-ecp")) {
      PoliteFetcher fetcher = fetcher(server, "sgcc-ecp", Set.of("ecp.sgcc.com.cn"), config);

      FetchResult list =
          (FetchResult)
              fetcher.fetch(
                  FetchRequest.postJson(
                      URI.create("https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/noteList"),
                      "{\"firstPageMenuId\":\"2018032700291334\",\"key\":\"虚拟电厂\",\"index\":1}"));
      FetchResult detail =
          (FetchResult)
              fetcher.fetch(
                  FetchRequest.postBody(
                      URI.create("https://ecp.sgcc.com.cn/ecp2.0/ecpwcmcore//index/getNoticeBid"),
                      "2411205562103847",
                      "application/json;charset=UTF-8"));

      assertThat(list.text())
          .isEqualTo(
              fixtureText(
                  "sgcc-ecp",
                  "site/ecp.sgcc.com.cn/ecp2.0/ecpwcmcore/index/noteList/search_2018032700291334_3d005a69.json"));
      assertThat(detail.text())
          .isEqualTo(
              fixtureText(
                  "sgcc-ecp",
                  "site/ecp.sgcc.com.cn/ecp2.0/ecpwcmcore/index/getNoticeBid/2411205562103847.json"));
    }
  }

  @Test
  void reportsATimeoutAsANetworkFailureAfterRetrying() {
    try (var server = Sites.serve("ccgp")) {
      server.answer(
          "www.ccgp.gov.cn", DETAIL_PATH, Answer.fixture().withDelay(Duration.ofSeconds(2)));
      PoliteFetcher impatient =
          fetcher(
              server,
              "ccgp",
              CCGP_HOSTS,
              config
                  .withTimeout(Duration.ofMillis(300))
                  .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(5)));

      FetchFailure failure = (FetchFailure) impatient.fetch(FetchRequest.get(DETAIL));

      assertThat(failure.reason()).isEqualTo(FetchFailure.Reason.NETWORK);
      assertThat(failure.status()).isNull();
      assertThat(failure.attempts()).isEqualTo(2);
      assertThat(failure.message()).contains(DETAIL).containsIgnoringCase("timeout");
    }
  }

  @Test
  void treatsAnUnreachableHostAsAnOrdinaryOutcome() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    FetchScope scope =
        FetchScope.of("ccgp", CCGP_HOSTS)
            .withBaseUrl(URI.create("http://127.0.0.1:" + closedPort), "https");
    PoliteFetcher fetcher =
        new PoliteFetcher(scope, config, new HostThrottle(clock), clock, () -> 0.5);

    FetchOutcome outcome = fetcher.fetch(FetchRequest.get(DETAIL));

    assertThat(outcome).isInstanceOf(FetchSkipped.class);
    assertThat(((FetchSkipped) outcome).reason()).isEqualTo(FetchSkipped.Reason.ROBOTS_UNAVAILABLE);
    assertThat(((FetchSkipped) outcome).message())
        .contains("www.ccgp.gov.cn")
        .containsIgnoringCase("connect");
  }

  @Test
  void skipsHostsOutsideTheSource() {
    try (var server = Sites.serve("ccgp")) {
      FetchSkipped skipped =
          (FetchSkipped) ccgp(server).fetch(FetchRequest.get("https://www.gov.cn/zhengce/"));
      assertThat(skipped.reason()).isEqualTo(FetchSkipped.Reason.OUT_OF_SCOPE);
      assertThat(skipped.message()).contains("www.gov.cn").contains("ccgp");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void keepsBinaryBodiesUndecoded() {
    try (var server = Sites.serve("ccgp")) {
      byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, (byte) 0xE2};
      server.answer(
          "www.ccgp.gov.cn", "/attach/notice.pdf", Answer.bytes(200, "application/pdf", pdf));
      FetchResult file =
          (FetchResult)
              ccgp(server).fetch(FetchRequest.get("https://www.ccgp.gov.cn/attach/notice.pdf"));
      assertThat(file.body()).isEqualTo(pdf);
      assertThat(file.text()).isNull();
      assertThat(file.charset()).isNull();
    }
  }
}
