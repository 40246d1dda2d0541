package com.catalysttracker.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens pages in Debian's headless Chromium through chromedriver's W3C WebDriver HTTP API and reads
 * back what a page recorded about itself. The product talks the protocol directly (a few JSON
 * requests) so Selenium stays a test dependency.
 */
final class ChromiumPageTimer implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final String session;
  private final Path profile;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ChromiumPageTimer(Process driver, String session, Path profile) {
    this.driver = driver;
    this.session = session;
    this.profile = profile;
  }

  /** Why the browser part cannot run here, or null when Chromium and its driver are installed. */
  static String missing() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return CHROMIUM
          + " or "
          + CHROMEDRIVER
          + " is not installed (Debian packages chromium and chromium-driver;"
          + " scripts/install-system-packages installs them)";
    }
    return null;
  }

  static ChromiumPageTimer start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Path profile = Files.createTempDirectory("catalyst-bench-chromium-");
    try {
      String base = "http://127.0.0.1:" + port;
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!ready(http, base)) {
        if (System.nanoTime() > deadline || !driver.isAlive()) {
          throw new IOException(CHROMEDRIVER + " did not answer on port " + port + " within 20 s");
        }
        Thread.sleep(100);
      }
      ObjectNode chrome = JSON.createObjectNode().put("binary", CHROMIUM.toString());
      // --no-sandbox: the bench may run as root, where Chromium's sandbox refuses to start.
      List.of(
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-dev-shm-usage",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--window-size=1366,900",
              "--lang=zh-CN",
              "--user-data-dir=" + profile)
          .forEach(chrome.putArray("args")::add);
      ObjectNode capabilities = JSON.createObjectNode();
      capabilities
          .putObject("capabilities")
          .putObject("alwaysMatch")
          .put("browserName", "chrome")
          .set("goog:chromeOptions", chrome);
      JsonNode created = send(http, "POST", base + "/session", capabilities);
      String session = created.path("value").path("sessionId").asText(null);
      if (session == null) {
        throw new IOException(
            "chromedriver refused to start Chromium: "
                + created.path("value").path("message").asText(created.toString()));
      }
      return new ChromiumPageTimer(driver, base + "/session/" + session, profile);
    } catch (IOException | InterruptedException | RuntimeException e) {
      driver.destroy();
      deleteTree(profile);
      throw e;
    }
  }

  /**
   * Opens {@code url} and waits until the page sets {@code attribute} on its body.
   *
   * @return the attribute's value as a number
   */
  long openAndRead(String url, String attribute, Duration timeout)
      throws IOException, InterruptedException {
    send(http, "POST", session + "/url", JSON.createObjectNode().put("url", url));
    ObjectNode script =
        JSON.createObjectNode().put("script", "return document.body.getAttribute(arguments[0]);");
    script.putArray("args").add(attribute);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonNode value = send(http, "POST", session + "/execute/sync", script).path("value");
      if (value.isTextual()) {
        return Long.parseLong(value.asText());
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(
            url + " did not set " + attribute + " within " + timeout.toSeconds() + " s");
      }
      Thread.sleep(5);
    }
  }

  @Override
  public void close() {
    try {
      send(http, "DELETE", session, null);
    } catch (IOException | InterruptedException | RuntimeException e) {
      // The driver's exit below ends the browser anyway.
    } finally {
      driver.destroy();
      deleteTree(profile);
    }
  }

  private static boolean ready(HttpClient http, String base) {
    try {
      return send(http, "GET", base + "/status", null).path("value").path("ready").asBoolean(false);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static JsonNode send(HttpClient http, String method, String url, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json; charset=utf-8");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(response.body());
    if (response.statusCode() >= 400) {
      throw new IOException(
          "chromedriver answered "
              + response.statusCode()
              + " to "
              + method
              + " "
              + url
              + ": "
              + json.path("value").path("message").asText(response.body()));
    }
    return json;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary profile left behind is harmless.
    }
  }
}
