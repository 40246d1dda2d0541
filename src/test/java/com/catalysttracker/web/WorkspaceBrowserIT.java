package com.catalysttracker.web;

import static com.catalysttracker.testsupport.WorkspaceDocuments.MALICIOUS;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_AWARD;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.crawl.ElasticsearchCrawlState;
import com.catalysttracker.crawl.SourceHealth;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web pages in Debian's headless Chromium: search, filter, open a document, export,
 * acknowledge, and crawled script that must stay text. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;
  private static boolean loaded;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    TestElasticsearch.register(registry, WorkspaceBrowserIT.class);
  }

  @LocalServerPort int port;
  @Autowired DocumentIndex index;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames names;
  @Autowired ElasticsearchCrawlState crawlState;

  @BeforeAll
  static void startChromium() throws Exception {
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopChromium() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void load() throws Exception {
    if (!loaded) {
      WorkspaceFixture.load(index, client, names);
      loaded = true;
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private void open(String path) {
    driver.get(url(path));
    awaitLoaded();
  }

  private void awaitLoaded() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
  }

  /** Clicks, then waits until the page has rendered the answer to what the click asked. */
  private void clickAndAwait(WebElement element) {
    driver.executeScript("document.body.removeAttribute('data-loaded')");
    element.click();
    awaitLoaded();
  }

  private void screenshot(String name) throws Exception {
    chromium.screenshot(name);
  }

  private List<String> hitTitles() {
    return driver.findElements(By.cssSelector("article.hit h2")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  @Order(1)
  void searchShowsHighlightedHitsWithStageMoneyAndWinner() throws Exception {
    open("/?q=" + java.net.URLEncoder.encode("低空", StandardCharsets.UTF_8) + "&sort=date");
    assertThat(hitTitles()).contains(NANJING_AWARD.title(), NANJING_TENDER.title());
    assertThat(driver.findElements(By.cssSelector("article.hit h2 mark")).get(0).getText())
        .isEqualTo("低空");
    WebElement award =
        driver.findElement(By.cssSelector("article.hit[data-id='" + NANJING_AWARD.id() + "']"));
    assertThat(award.getText()).contains("中标", "3280万元", "莱斯信息 688631", "江苏省南京市");
    assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("共 4 条");
    screenshot("search");
  }

  @Test
  @Order(2)
  void aFacetNarrowsTheSearchAndTheUrlKeepsIt() throws Exception {
    open("/?q=" + java.net.URLEncoder.encode("低空", StandardCharsets.UTF_8) + "&sort=date");
    clickAndAwait(
        driver.findElement(
            By.cssSelector("section[data-facet='province'] input[data-value='江苏省']")));
    assertThat(hitTitles()).containsExactly(NANJING_AWARD.title(), NANJING_TENDER.title());
    assertThat(java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8))
        .contains("province=江苏省");
    screenshot("search-filtered");
    // The bookmarked address gives the same page.
    open("/?" + URI.create(driver.getCurrentUrl()).getRawQuery());
    assertThat(hitTitles()).containsExactly(NANJING_AWARD.title(), NANJING_TENDER.title());
  }

  @Test
  @Order(2)
  void aChosenFilterThatMatchesNothingStaysOnScreenToBeUnticked() throws Exception {
    open(
        "/?q="
            + java.net.URLEncoder.encode("低空", StandardCharsets.UTF_8)
            + "&province="
            + java.net.URLEncoder.encode("广东省", StandardCharsets.UTF_8));
    assertThat(hitTitles()).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".empty")).getText()).isEqualTo("没有找到匹配的文档。");
    WebElement chosen =
        driver.findElement(
            By.cssSelector("section[data-facet='province'] input[data-value='广东省']"));
    assertThat(chosen.isSelected()).isTrue();
    clickAndAwait(chosen);
    assertThat(hitTitles()).hasSize(4);
  }

  @Test
  @Order(3)
  void openingAHitShowsTheDocumentWithItsTimelineAndAlerts() throws Exception {
    open("/?listed=688631");
    driver.findElement(By.cssSelector("article.hit h2 a")).click();
    awaitLoaded();
    assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo(NANJING_AWARD.title());
    assertThat(
            driver.findElements(By.cssSelector("ol.timeline li")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly(
            "2024-03-05 招标 " + NANJING_TENDER.title() + " · 3500万元",
            "2024-05-20 中标 " + NANJING_AWARD.title() + " · 3280万元");
    assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("莱斯信息(688631)");
    assertThat(driver.findElement(By.id("original")).getAttribute("href"))
        .isEqualTo(NANJING_AWARD.url());
    assertThat(driver.findElement(By.cssSelector("table.fields")).getText())
        .contains("南京莱斯信息技术股份有限公司（莱斯信息 688631） 3280万元", "主题 低空经济");
    screenshot("document");
  }

  @Test
  @Order(4)
  void theExportLinkDownloadsTheCurrentSearchAsCsv() throws Exception {
    open("/?theme=power-it");
    String href = driver.findElement(By.id("export-csv")).getAttribute("href");
    assertThat(href).contains("/api/documents/export.csv?theme=power-it");
    HttpResponse<String> csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.body().split("\r\n")).hasSize(2);
    assertThat(csv.body()).contains("候选人公示", "600131 国网信通");
  }

  @Test
  @Order(5)
  void acknowledgingAnAlertMarksItOnThePage() throws Exception {
    open("/alerts.html?severity=high");
    WebElement alert =
        driver.findElement(By.cssSelector(".alert[data-id='" + WorkspaceFixture.ALERT_HIGH + "']"));
    assertThat(alert.getText()).contains("低空经济", "莱斯信息(688631)");
    alert.findElement(By.cssSelector("details.why summary")).click();
    String why = alert.findElement(By.cssSelector("details.why")).getText();
    assertThat(why)
        .contains(
            "themes/low-altitude.drl:12",
            "命中词：低空飞行服务平台、低空经济",
            "阈值：money.high = 10000000 元",
            "amount_yuan 3280万元");
    // A crawled snippet quoted as evidence stays text.
    assertThat(why).contains("<b onmouseover=");
    assertThat(driver.executeScript("return window.xssFired === undefined")).isEqualTo(true);
    screenshot("alert-explained");
    clickAndAwait(alert.findElement(By.cssSelector("button.ack")));
    WebElement after =
        driver.findElement(By.cssSelector(".alert[data-id='" + WorkspaceFixture.ALERT_HIGH + "']"));
    assertThat(after.getAttribute("class")).contains("acknowledged");
    assertThat(after.getText()).contains("已确认");
    screenshot("alerts");
  }

  @Test
  @Order(6)
  void aFollowUpLinksTheAlertItFollows() throws Exception {
    open("/alerts.html");
    WebElement followUp =
        driver.findElement(
            By.cssSelector(".alert[data-id='" + WorkspaceFixture.ALERT_MEDIUM + "'] a.follows"));
    assertThat(followUp.getAttribute("href")).endsWith("#alert-" + WorkspaceFixture.ALERT_HIGH);
    assertThat(driver.findElements(By.id("alert-" + WorkspaceFixture.ALERT_HIGH))).hasSize(1);
  }

  @Test
  @Order(6)
  void aCrawledTitleWithScriptIsShownAsTextAndNeverRuns() throws Exception {
    open("/?q=" + java.net.URLEncoder.encode("成都", StandardCharsets.UTF_8));
    assertThat(hitTitles()).containsExactly(MALICIOUS.title());
    assertThat(driver.findElements(By.cssSelector("article.hit img"))).isEmpty();
    assertNoScriptRan();
    screenshot("xss-search");
    driver.findElement(By.cssSelector("article.hit h2 a")).click();
    awaitLoaded();
    assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo(MALICIOUS.title());
    assertThat(driver.findElement(By.id("doc-body")).getText()).startsWith("<b>成都市</b>");
    assertThat(driver.findElements(By.cssSelector("main img, main script, main b"))).isEmpty();
    assertNoScriptRan();
    screenshot("xss-document");
    open("/alerts.html?theme=low-altitude");
    assertThat(
            driver
                .findElement(
                    By.cssSelector(".alert[data-id='" + WorkspaceFixture.ALERT_MALICIOUS + "']"))
                .getText())
        .contains("<img src=x onerror=\"window.xssFired=3\">");
    assertNoScriptRan();
  }

  @Test
  @Order(7)
  void theDashboardChartsMonthlyAwardsPerThemeAndRanksWinners() throws Exception {
    open("/dashboard.html");
    assertThat(
            driver.findElements(By.cssSelector(".theme-chart h3")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactlyInAnyOrder("车路云一体化 · 1 条 · 1.28亿元", "低空经济 · 1 条 · 3280万元");
    assertThat(
            driver.findElements(
                By.cssSelector(".theme-chart[data-theme='low-altitude'] .chart .col")))
        .hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#winners tr")).getText())
        .startsWith("深圳市城市交通规划设计研究中心股份有限公司")
        .contains("1.28亿元");
    assertThat(driver.findElement(By.cssSelector("#provinces tr")).getText()).startsWith("广东省");
    assertThat(driver.findElement(By.id("high-alerts")).getText()).contains("莱斯信息(688631)");
    // One search feeds every theme's chart (the themes facet carries each theme's months).
    assertThat(
            driver.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/documents')).length"))
        .isEqualTo(1L);
    screenshot("dashboard");
  }

  @Test
  @Order(8)
  void theApiPageListsEveryDescribedOperationWithItsParameters() throws Exception {
    open("/api.html");
    List<String> operations =
        driver.findElements(By.cssSelector("section.operation")).stream()
            .map(e -> e.getAttribute("data-operation"))
            .toList();
    assertThat(operations)
        .contains(
            "GET /api/documents",
            "GET /api/documents/{id}",
            "POST /api/alerts/{id}/acknowledge",
            "GET /api/rules",
            "GET /api/openapi.json");
    WebElement search =
        driver.findElement(
            By.cssSelector("section.operation[data-operation='GET /api/documents']"));
    assertThat(
            search.findElements(By.cssSelector("table.parameters tr[data-name]")).stream()
                .map(e -> e.getAttribute("data-name"))
                .toList())
        .contains("q", "theme", "search_after", "aggs");
    assertThat(search.findElement(By.cssSelector("tr[data-name='from']")).getText())
        .contains("string (date)");
    assertThat(search.findElement(By.cssSelector("pre.example")).getText())
        .contains("\"next_cursor\": null");
    screenshot("api");
  }

  @Test
  @Order(9)
  void theSourcesPageShowsEachDefinitionWithItsHealthAndProblemsAsText() throws Exception {
    String problem =
        "list 地方公告 showed no items (usually 20.0): <img src=x onerror=\"window.xssFired=4\"> layout changed?";
    crawlState.put(
        new SourceHealth(
            "ccgp",
            Instant.parse("2026-12-01T08:00:00Z"),
            Instant.parse("2026-11-30T08:00:00Z"),
            1,
            Map.of("地方公告", 0),
            Map.of("地方公告", 20.0),
            12,
            1,
            0.05,
            true,
            Instant.parse("2026-12-01T08:00:00Z"),
            false,
            List.of(problem),
            3,
            List.of(
                new SourceHealth.RecentRun(
                    Instant.parse("2026-12-01T08:00:00Z"), 0, 0, 0, true, false),
                new SourceHealth.RecentRun(
                    Instant.parse("2026-12-01T07:00:00Z"), 3, 12, 1, false, false),
                new SourceHealth.RecentRun(
                    Instant.parse("2026-12-01T06:00:00Z"), 3, 5, 0, false, true))));

    JsonNode answer =
        DocumentJson.mapper()
            .readTree(
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(URI.create(url("/api/sources"))).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
    List<String> ids = new java.util.ArrayList<>();
    answer.path("sources").forEach(source -> ids.add(source.path("id").asText()));
    assertThat(ids).contains("ccgp", "gov-cn-policy", "sgcc-ecp");
    JsonNode ccgp = answer.path("sources").get(ids.indexOf("ccgp"));
    assertThat(ccgp.path("status").asText()).isEqualTo("blocked");
    assertThat(ccgp.path("family").asText()).isEqualTo("custom");
    assertThat(ccgp.path("last_blocked").asText()).isEqualTo("2026-12-01T08:00:00Z");
    assertThat(ccgp.path("health").path("last_items_per_page").path("地方公告").asInt()).isZero();
    assertThat(answer.path("sources").get(ids.indexOf("gov-cn-policy")).path("status").asText())
        .isEqualTo("never-run");

    open("/sources.html");
    WebElement row = driver.findElement(By.cssSelector("tr.source[data-id='ccgp']"));
    assertThat(row.getText())
        .contains("被拦截", "2026-12-01 08:00", "地方公告: 0 (通常 20.0)", "1 / 12", problem);
    assertThat(
            row.findElements(By.cssSelector(".runs .run")).stream()
                .map(e -> e.getAttribute("class"))
                .toList())
        .containsExactly("run blocked", "run bad", "run ok");
    assertThat(row.findElements(By.cssSelector(".runs .run")).get(1).getAttribute("title"))
        .isEqualTo("2026-12-01 07:00 · 列表页 3 · 详情 12 · 缺字段 1");
    assertThat(driver.findElement(By.cssSelector("tr.source[data-id='gov-cn-policy']")).getText())
        .contains("尚未抓取");
    assertThat(driver.findElements(By.cssSelector("tr.source"))).hasSize(ids.size());
    assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
    assertNoScriptRan();
    screenshot("sources");
  }

  /** Each payload sets window.xssFired; every page load starts a fresh window. */
  private static void assertNoScriptRan() {
    assertThat(((JavascriptExecutor) driver).executeScript("return window.xssFired === undefined"))
        .isEqualTo(true);
  }

  @Test
  @Order(99)
  void theSearchPageRecordsItsTimeToFirstResultsForTheBench() throws Exception {
    String search =
        url("/?q=" + java.net.URLEncoder.encode("低空", StandardCharsets.UTF_8) + "&sort=date");
    try (ChromiumPageTimer timer = ChromiumPageTimer.start()) {
      long first = timer.openAndRead(search, "data-first-result-ms", Duration.ofSeconds(30));
      // Navigation start to results on screen: at least the API round trip, never zero or negative.
      assertThat(first).isPositive().isLessThan(30_000);
      long again =
          timer.openAndRead(
              search + "&theme=low-altitude", "data-first-result-ms", Duration.ofSeconds(30));
      assertThat(again).isPositive();
    }
  }
}
