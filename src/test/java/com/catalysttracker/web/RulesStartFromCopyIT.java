package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.rules.LastGoodRules;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service started with a rules folder an analyst broke before the restart: it runs the copy
 * saved when the folder last compiled, and the API, health and page say so with the folder's
 * errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesStartFromCopyIT {
  private static Path rules;
  private static HeadlessChromium chromium;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    TestElasticsearch.register(registry, RulesStartFromCopyIT.class);
    rules =
        RuleFolderCopies.copyOfLaunchRules(
            Files.createTempDirectory("catalyst-rules-start-").resolve("rules"));
    // The folder compiled once (a previous run of the service saved it), then was broken.
    new LastGoodRules(TestElasticsearch.dataDir().resolve("rules-last-good"), Clock.systemUTC())
        .save(rules);
    RuleFolderCopies.breakLowAltitude(rules);
    registry.add("catalyst.rules.dir", rules::toString);
    registry.add("catalyst.rules.watch", () -> "false");
  }

  @LocalServerPort int port;

  @BeforeAll
  static void startChromium() throws IOException {
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theServiceRunsTheSavedCopyAndShowsTheFoldersErrors() throws Exception {
    JsonNode api = get("/api/rules");
    assertThat(api.get("started_from_copy").asText())
        .isEqualTo(TestElasticsearch.dataDir().resolve("rules-last-good").toString());
    assertThat(api.get("copy_saved_at").isNull()).isFalse();
    assertThat(api.get("rejected_at").isNull()).isFalse();
    assertThat(api.get("rule_count").asInt()).isPositive();
    assertThat(api.get("problems").get(0).get("file").asText())
        .isEqualTo(RuleFolderCopies.BROKEN_FILE);
    assertThat(api.get("problems").get(0).get("line").asInt())
        .isEqualTo(RuleFolderCopies.BROKEN_LINE);

    JsonNode health = get("/actuator/health/rules");
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.at("/details/startedFromCopy").asText()).endsWith("rules-last-good");

    ChromeDriver driver = chromium.driver();
    driver.get("http://127.0.0.1:" + port + "/rules.html");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    WebElement status = driver.findElement(By.id("rule-status"));
    assertThat(status.getAttribute("class")).contains("rejected");
    assertThat(status.findElement(By.cssSelector(".from-copy")).getText())
        .contains("服务启动时规则文件夹未通过编译", "rules-last-good");
    assertThat(status.getText())
        .contains(
            rules.resolve(RuleFolderCopies.BROKEN_FILE) + ":" + RuleFolderCopies.BROKEN_LINE + ":");
    chromium.screenshot("rules-started-from-copy");
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return DocumentJson.mapper().readTree(response.body());
  }
}
