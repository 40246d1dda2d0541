package com.catalysttracker.crawl;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.source.SourceDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Issue #4's throughput figures for one source, four passes over the same pages in the same thread
 * and run, each timed:
 *
 * <ol>
 *   <li>full: a full crawl of the site copy with the delay off (fetcher, robots, list readers,
 *       detail plans, detail extraction and enrichment; documents go nowhere);
 *   <li>fetch + parse: the same crawl with a {@link PageParseExtractor} in place of the source's
 *       extractor, so the fetch path runs whole and each detail page is only parsed;
 *   <li>bare jsoup fetch + parse: {@code Jsoup.connect(url).execute().parse()} of every request the
 *       full crawl made (same method and body) against the same site copy;
 *   <li>bare parse: {@code Jsoup.parse} of the bytes the site copy answered those requests with,
 *       from memory.
 * </ol>
 */
final class FetchParseBench {

  private FetchParseBench() {}

  /**
   * One timed round of one source.
   *
   * @param pages responses in the full crawl (every request the site copy received); the bare
   *     passes repeat exactly these
   * @param fetchParsePages responses in the fetch + parse crawl: equal to {@code pages} unless the
   *     real extractor's documents lead the crawl elsewhere
   * @param nodes tree nodes of the parses, kept so the JIT cannot drop them
   * @param cpu CPU time of this thread in each pass: the site copy's threads are not in it, nor the
   *     time spent waiting for a core, so it moves far less with the machine's load than the wall
   *     times do
   */
  record Sample(
      String source,
      int pages,
      int fetchParsePages,
      long fullNanos,
      long fetchParseNanos,
      long jsoupFetchNanos,
      long bareNanos,
      long nodes,
      Cpu cpu) {}

  /** Nanoseconds of this thread's CPU time per pass. */
  record Cpu(long full, long fetchParse, long jsoupFetchParse, long parse) {}

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * This thread's CPU time in nanoseconds, or 0 where the JVM cannot tell (the CPU line then reads
   * 0).
   */
  private static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /**
   * A request the full crawl made, ready to send again: the local URL, method, body and its type.
   */
  private record Replay(
      String url,
      String realUrl,
      Connection.Method method,
      @Nullable String body,
      @Nullable String bodyType,
      byte[] answer) {}

  static Sample round(SourceDefinition source, FixtureServer server, Extractors extractors) {
    CrawlEngine full =
        new CrawlEngine(
            new HostThrottle(),
            extractors,
            new InMemoryCrawlState(),
            document -> {},
            HealthListener.NONE);
    server.clearRequests();
    long cpuStarted = cpuNow();
    long started = System.nanoTime();
    crawl(full, source, server);
    long fullNanos = System.nanoTime() - started;
    long fullCpu = cpuNow() - cpuStarted;
    List<RecordedRequest> received = server.requests();

    PageParseExtractor parseOnly = new PageParseExtractor();
    CrawlEngine fetchParse =
        new CrawlEngine(
            new HostThrottle(),
            s -> parseOnly,
            new InMemoryCrawlState(),
            document -> {},
            HealthListener.NONE,
            RunLocks.none());
    server.clearRequests();
    cpuStarted = cpuNow();
    started = System.nanoTime();
    crawl(fetchParse, source, server);
    long fetchParseNanos = System.nanoTime() - started;
    long fetchParseCpu = cpuNow() - cpuStarted;
    int fetchParsePages = server.requests().size();

    // Prepared before the clocks start: both bare passes get the requests (and the second the
    // answers' bytes) as a list in memory.
    List<Replay> replays = received.stream().map(r -> replay(server, r)).toList();
    long nodes = parseOnly.nodes();
    cpuStarted = cpuNow();
    started = System.nanoTime();
    for (Replay r : replays) {
      nodes += jsoupFetchParse(r).childNodeSize();
    }
    long jsoupFetchNanos = System.nanoTime() - started;
    long jsoupCpu = cpuNow() - cpuStarted;

    cpuStarted = cpuNow();
    started = System.nanoTime();
    for (Replay r : replays) {
      try {
        // A null charset lets jsoup do what it does for fetched bytes: BOM, then meta charset, else
        // UTF-8.
        nodes +=
            Jsoup.parse(new ByteArrayInputStream(r.answer()), null, r.realUrl()).childNodeSize();
      } catch (IOException e) {
        throw new UncheckedIOException("jsoup could not read the bytes of " + r.realUrl(), e);
      }
    }
    long bareNanos = System.nanoTime() - started;
    Cpu cpu = new Cpu(fullCpu, fetchParseCpu, jsoupCpu, cpuNow() - cpuStarted);
    return new Sample(
        source.id(),
        received.size(),
        fetchParsePages,
        fullNanos,
        fetchParseNanos,
        jsoupFetchNanos,
        bareNanos,
        nodes,
        cpu);
  }

  private static void crawl(CrawlEngine engine, SourceDefinition source, FixtureServer server) {
    engine
        .crawl(source, CrawlBench.options(server), CrawlListener.NONE)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    source.id() + " is already being crawled by this engine"));
  }

  private static Replay replay(FixtureServer server, RecordedRequest r) {
    String realUrl =
        server.scheme()
            + "://"
            + r.host()
            + r.path()
            + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery());
    boolean post = r.method().equals("POST");
    return new Replay(
        server.local(realUrl).toString(),
        realUrl,
        post ? Connection.Method.POST : Connection.Method.GET,
        post && r.body().length > 0 ? r.bodyText() : null,
        r.header("content-type"),
        server.fixtureBody(r).orElse(new byte[0]));
  }

  /**
   * What a crawler written straight on jsoup does per page: connect, execute, parse. Redirects are
   * not followed because the full crawl's hops are requests of their own in the replay.
   */
  private static org.jsoup.nodes.Document jsoupFetchParse(Replay r) {
    Connection connection =
        Jsoup.connect(r.url())
            .method(r.method())
            .ignoreContentType(true)
            .ignoreHttpErrors(true)
            .followRedirects(false)
            .maxBodySize(0)
            .timeout(10_000);
    if (r.body() != null) {
      connection.requestBody(r.body());
      if (r.bodyType() != null) {
        connection.header("Content-Type", r.bodyType());
      }
    }
    try {
      return connection.execute().parse();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "bare jsoup could not fetch " + r.url() + " (" + r.realUrl() + ") from the site copy", e);
    }
  }
}
