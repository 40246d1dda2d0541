package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import com.catalysttracker.index.DocumentIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;

/**
 * Measures the workspace on a fixed generated corpus through its real HTTP API: search latency for
 * typical analyst queries (phrase + theme + date range + facets) and a 10,000-row CSV export.
 */
public final class WorkspaceBench {
  private static final int BULK = 2000;
  private static final int WARM_UP = 20;

  private final ApplicationContext context;
  private final PrintWriter out;

  public WorkspaceBench(ApplicationContext context, PrintWriter out) {
    this.context = context;
    this.out = out;
  }

  /**
   * Tops the index up to {@code documents}, then runs {@code queries} timed searches and one
   * export.
   */
  public void run(int documents, int queries, int browserLoads)
      throws IOException, InterruptedException {
    DocumentIndex index = context.getBean(DocumentIndex.class);
    long present = index.count();
    if (present < documents) {
      long started = System.nanoTime();
      for (int from = (int) present; from < documents; from += BULK) {
        List<Document> batch = new ArrayList<>();
        for (int n = from; n < Math.min(documents, from + BULK); n++) {
          batch.add(BenchCorpus.document(n));
        }
        DocumentIndex.BulkOutcome outcome = index.indexAll(batch);
        if (!outcome.rejections().isEmpty()) {
          throw new IllegalStateException(
              "Elasticsearch refused bench documents: " + outcome.rejections().get(0));
        }
        if ((from / BULK) % 10 == 0) {
          out.printf(Locale.ROOT, "indexed %d / %d%n", from + batch.size(), documents);
        }
      }
      index.refresh();
      out.printf(
          Locale.ROOT, "indexed %d documents in %.1f s%n", documents - present, seconds(started));
    }
    out.printf(Locale.ROOT, "documents in the bench index: %d%n", index.count());

    String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int i = 0; i < WARM_UP; i++) {
      get(http, base + "/api/documents?" + BenchCorpus.query(i));
    }
    double[] millis = new double[queries];
    for (int i = 0; i < queries; i++) {
      long started = System.nanoTime();
      get(http, base + "/api/documents?" + BenchCorpus.query(i));
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    out.printf(
        Locale.ROOT,
        "search (phrase + theme + date range + facets, %d queries over HTTP): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        queries,
        percentile(millis, 50),
        percentile(millis, 95),
        millis[millis.length - 1]);

    long started = System.nanoTime();
    HttpResponse<InputStream> export =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/documents/export.csv?theme=low-altitude&sort=date"))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long lines = 0;
    long bytes = 0;
    try (InputStream body = export.body()) {
      byte[] buffer = new byte[65536];
      for (int read; (read = body.read(buffer)) > 0; ) {
        bytes += read;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "export.csv: %d rows, %.1f MB in %.2f s (status %d)%n",
        lines - 1,
        bytes / 1e6,
        seconds(started),
        export.statusCode());

    if (browserLoads > 0) {
      firstResultInBrowser(base, browserLoads);
    }
  }

  /**
   * Opens the search page in headless Chromium for bench queries (the state is in the URL) and
   * reads the time from navigation start to the first results on screen, as the page records it.
   */
  private void firstResultInBrowser(String base, int loads)
      throws IOException, InterruptedException {
    String missing = ChromiumPageTimer.missing();
    if (missing != null) {
      out.println("search page in the browser: skipped, " + missing);
      return;
    }
    try (ChromiumPageTimer browser = ChromiumPageTimer.start()) {
      // The first load fetches the page's scripts and styles; later ones find them cached, as an
      // analyst's browser does.
      long cold =
          browser.openAndRead(
              base + "/?" + BenchCorpus.query(0), "data-first-result-ms", Duration.ofSeconds(60));
      double[] millis = new double[loads];
      for (int i = 0; i < loads; i++) {
        millis[i] =
            browser.openAndRead(
                base + "/?" + BenchCorpus.query(i + 1),
                "data-first-result-ms",
                Duration.ofSeconds(60));
      }
      Arrays.sort(millis);
      out.printf(
          Locale.ROOT,
          "search page in headless Chromium, navigation to first results (%d loads): p50 %.0f ms, p95 %.0f ms; first load %d ms%n",
          loads,
          percentile(millis, 50),
          percentile(millis, 95),
          cold);
    }
  }

  private static void get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
