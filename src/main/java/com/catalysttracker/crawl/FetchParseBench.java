package com.catalysttracker.crawl;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.source.SourceDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Issue #4's throughput figure for one source: one full crawl of its site copy with the delay off
 * (the crawler's fetcher, list readers and detail extraction over real HTTP; documents go nowhere),
 * timed, then a bare {@code Jsoup.parse} of the very bytes the site copy answered in that crawl,
 * timed, in the same thread.
 */
final class FetchParseBench {

  private FetchParseBench() {}

  /**
   * One timed round of one source.
   *
   * @param pages responses in the crawl (every request the site copy received), and parses in the bare pass
   * @param crawlNanos wall time of the crawl
   * @param bareNanos wall time of parsing the same responses with bare jsoup
   * @param nodes child nodes of the bare parses' roots, kept so the JIT cannot drop the parses
   */
  record Sample(String source, int pages, long crawlNanos, long bareNanos, long nodes) {}

  /** A page the site copy answered: the real URL (jsoup's base URI) and the bytes sent. */
  private record Page(String url, byte[] body) {}

  static Sample round(SourceDefinition source, FixtureServer server, Extractors extractors) {
    CrawlEngine engine = new CrawlEngine(new HostThrottle(), extractors, new InMemoryCrawlState(), document -> {}, HealthListener.NONE);
    server.clearRequests();
    long started = System.nanoTime();
    engine.crawl(source, CrawlBench.options(server), CrawlListener.NONE)
        .orElseThrow(() -> new IllegalStateException(source.id() + " is already being crawled by this engine"));
    long crawlNanos = System.nanoTime() - started;
    List<RecordedRequest> received = server.requests();
    // Read before the clock starts: the bare pass gets its bytes from memory, as jsoup's own fetch would hand them over.
    List<Page> pages = received.stream()
        .map(r -> new Page(server.scheme() + "://" + r.host() + r.path(), server.fixtureBody(r).orElse(new byte[0])))
        .toList();
    long nodes = 0;
    started = System.nanoTime();
    for (Page page : pages) {
      try {
        // A null charset lets jsoup do what it does for fetched bytes: BOM, then meta charset, else UTF-8.
        nodes += Jsoup.parse(new ByteArrayInputStream(page.body()), null, page.url()).childNodeSize();
      } catch (IOException e) {
        throw new UncheckedIOException("jsoup could not read the bytes of " + page.url(), e);
      }
    }
    long bareNanos = System.nanoTime() - started;
    return new Sample(source.id(), received.size(), crawlNanos, bareNanos, nodes);
  }
}
