package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.rules.RuleReloader;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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
 * The rules API and page over a copy of the real rules folder: first as it is, then after an
 * analyst's edit that does not compile (issue #8: rule files read-only with their validation
 * status).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesPageIT {
  private static Path rules;
  private static HeadlessChromium chromium;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    TestElasticsearch.register(registry, RulesPageIT.class);
    rules =
        RuleFolderCopies.copyOfLaunchRules(
            Files.createTempDirectory("catalyst-rules-page-").resolve("rules"));
    registry.add("catalyst.rules.dir", rules::toString);
    // The test reloads by hand, so what the page shows never races the watcher.
    registry.add("catalyst.rules.watch", () -> "false");
  }

  @LocalServerPort int port;
  @Autowired RuleReloader reloader;

  @BeforeAll
  static void startChromium() throws IOException {
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    try (Stream<Path> files = Files.walk(rules.getParent())) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  @Order(1)
  void aFolderThatCompilesIsListedFileByFileWithItsThemes() throws Exception {
    JsonNode api = getRules();
    assertThat(api.get("rejected_at").isNull()).isTrue();
    assertThat(api.get("problems")).isEmpty();
    assertThat(api.get("rule_count").asInt()).isPositive();
    assertThat(texts(api.get("themes"))).contains("low-altitude", "power-it");

    ChromeDriver driver = open("/rules.html");
    assertThat(driver.findElement(By.id("rule-status")).getText())
        .startsWith("规则编译通过")
        .contains("低空经济");
    assertThat(
            driver.findElements(By.cssSelector("details.rule-file")).stream()
                .map(e -> e.getAttribute("data-path"))
                .toList())
        .isEqualTo(paths(api.get("files")))
        .contains(
            "catalysts.drl", "low-altitude.drl", "low-altitude.vocab", "thresholds.properties");
    assertThat(
            driver
                .findElement(By.cssSelector("details[data-path='low-altitude.drl'] summary"))
                .getText())
        .contains("规则", "低空经济")
        .doesNotContain("错误");
    assertThat(driver.findElements(By.cssSelector(".line.has-problem"))).isEmpty();
    chromium.screenshot("rules");
  }

  @Test
  @Order(2)
  void aBrokenEditIsShownAtItsLineWithTheRuleTextAsTyped() throws Exception {
    RuleFolderCopies.breakLowAltitude(rules);
    assertThat(reloader.reload().rejectedAt()).isNotNull();

    JsonNode problem = getRules().get("problems").get(0);
    assertThat(problem.get("file").asText()).isEqualTo(RuleFolderCopies.BROKEN_FILE);
    assertThat(problem.get("line").asInt()).isEqualTo(RuleFolderCopies.BROKEN_LINE);
    String location =
        rules.resolve(RuleFolderCopies.BROKEN_FILE) + ":" + RuleFolderCopies.BROKEN_LINE + ":";
    assertThat(problem.get("location").asText()).startsWith(location);

    ChromeDriver driver = open("/rules.html");
    WebElement status = driver.findElement(By.id("rule-status"));
    assertThat(status.getAttribute("class")).contains("rejected");
    assertThat(status.getText()).contains("未通过编译", "原规则继续运行", location, "no viable alternative");
    WebElement file =
        driver.findElement(
            By.cssSelector("details[data-path='" + RuleFolderCopies.BROKEN_FILE + "']"));
    assertThat(file.getAttribute("open")).isNotNull();
    assertThat(file.findElement(By.tagName("summary")).getText()).contains("1 个错误");
    assertThat(
            file.findElements(By.cssSelector(".line.has-problem")).stream()
                .map(e -> e.getAttribute("data-line"))
                .toList())
        .containsExactly(String.valueOf(RuleFolderCopies.BROKEN_LINE));
    assertThat(file.findElement(By.cssSelector(".problem-note")).getText())
        .startsWith("第 " + RuleFolderCopies.BROKEN_LINE + " 行")
        .contains("no viable alternative");
    // The comment with <b>, &amp; and an <img onerror> reaches the analyst exactly as typed, inert.
    assertThat(file.findElement(By.cssSelector(".line[data-line='1'] code")).getText())
        .isEqualTo(RuleFolderCopies.MARKUP_COMMENT);
    assertThat(driver.findElements(By.cssSelector("main img, main b"))).isEmpty();
    assertThat(driver.executeScript("return window.xssFired === undefined")).isEqualTo(true);
    // Files that compiled stay folded and carry no error.
    assertThat(
            driver
                .findElement(By.cssSelector("details[data-path='power-it.drl']"))
                .getAttribute("open"))
        .isNull();
    chromium.screenshot("rules-rejected");

    status.findElement(By.cssSelector("a.location")).click();
    WebElement line = file.findElement(By.cssSelector(".line.has-problem"));
    assertThat(
            driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                line))
        .isEqualTo(true);
  }

  @Test
  @Order(3)
  void ruleTestsRunAgainstTheRunningRulesAndNameTheFileThatFails() throws Exception {
    long tests;
    try (Stream<Path> files = Files.list(rules.resolve("tests"))) {
      tests = files.count();
    }
    // A test that wants an alert no rule raises: the page must say which file failed.
    Path wrong = rules.resolve("tests/zz-wants-a-theme-nothing-gives.json");
    Path source = rules.resolve("tests/data-centre-air-conditioning-is-not-data-elements.json");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int expected = text.lastIndexOf("\"themes\": []");
    assertThat(expected).as("the expected themes of " + source).isPositive();
    Files.writeString(
        wrong,
        text.substring(0, expected)
            + "\"themes\": [\"data-elements\"]"
            + text.substring(expected + "\"themes\": []".length()),
        StandardCharsets.UTF_8);

    ChromeDriver driver = open("/rules.html");
    driver.findElement(By.id("run-tests")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.attributeToBe(By.id("rule-tests"), "data-tested", "true"));
    WebElement panel = driver.findElement(By.id("rule-tests"));
    assertThat(panel.getText())
        .startsWith((tests + 1) + " 个规则测试，1 个失败")
        .contains("tests/zz-wants-a-theme-nothing-gives.json");
    assertThat(panel.getAttribute("class")).contains("rejected");
    chromium.screenshot("rules-tests");
  }

  private ChromeDriver open(String path) {
    ChromeDriver driver = chromium.driver();
    driver.get("http://127.0.0.1:" + port + path);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    return driver;
  }

  private JsonNode getRules() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rules"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return DocumentJson.mapper().readTree(response.body());
  }

  private static List<String> texts(JsonNode array) {
    return Stream.of(DocumentJson.mapper().convertValue(array, String[].class)).toList();
  }

  private static List<String> paths(JsonNode files) {
    try {
      return Stream.of(DocumentJson.mapper().treeToValue(files, JsonNode[].class))
          .map(f -> f.get("path").asText())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
