package com.catalysttracker.crawl;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.ReferenceData;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.testsupport.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's crawlers/ definitions and site copies, wired for tests: no politeness delay, fast
 * retries.
 */
final class Fixtures {

  static final Path CRAWLERS = Path.of("crawlers");
  private static ReferenceData reference;
  private static SourceCatalog catalog;

  private Fixtures() {}

  static synchronized SourceCatalog catalog() {
    if (catalog == null) {
      catalog = SourceCatalog.load(CRAWLERS);
    }
    return catalog;
  }

  static SourceDefinition source(String id) {
    return catalog()
        .find(id)
        .orElseThrow(
            () ->
                new AssertionError("crawlers/" + id + ".yml did not load: " + catalog().errors()));
  }

  static synchronized ReferenceData reference() {
    if (reference == null) {
      reference = ReferenceData.load(Path.of("reference"));
    }
    return reference;
  }

  /** Politeness off and retries quick: other tests than the politeness one run this way. */
  static CrawlOptions options(FixtureServer server) {
    return CrawlOptions.defaults()
        .withBaseUrl(server.baseUrl())
        .withHostDelay(Duration.ZERO)
        .withFetch(
            FetchConfig.defaults()
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(200))
                .withTimeout(Duration.ofSeconds(2)));
  }

  static CrawlEngine engine(CrawlStateStore state, DocumentSink sink) {
    return new CrawlEngine(
        new HostThrottle(), new Extractors(reference()), state, sink, HealthListener.NONE);
  }

  static List<JsonNode> expected(String source) {
    try {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper()
          .readTree(Sites.dir(source).resolve("expected.json").toFile())
          .forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
