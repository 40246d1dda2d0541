package com.catalysttracker.crawl;

import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.source.SourceDefinition;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs crawls: builds a polite fetcher for the source (its hosts, delay and User-Agent), picks its
 * extractor, and runs a {@link SourceCrawler}. One per application; thread-safe; a source never
 * runs twice at once in this process, nor (with {@link RunLocks}) in two processes sharing a data
 * directory; the scheduler's cluster lock covers other nodes.
 */
public final class CrawlEngine {

  private final HostThrottle throttle;
  private final Function<SourceDefinition, DocumentExtractor> extractors;
  private final CrawlStateStore state;
  private final DocumentSink sink;
  private final HealthListener healthListener;
  private final RunLocks runLocks;
  // robots.txt kept across this engine's runs and, through the store, across processes and nodes.
  private final RobotsMemory robots;
  private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

  /** An engine whose runs only exclude each other in this process (tests, benches). */
  public CrawlEngine(
      HostThrottle throttle,
      Extractors extractors,
      CrawlStateStore state,
      DocumentSink sink,
      HealthListener healthListener) {
    this(throttle, extractors, state, sink, healthListener, RunLocks.none());
  }

  CrawlEngine(
      HostThrottle throttle,
      Extractors extractors,
      CrawlStateStore state,
      DocumentSink sink,
      HealthListener healthListener,
      RunLocks runLocks) {
    this(
        throttle,
        source ->
            extractors.forSource(
                source.detailAdapter(), source.kind(), source.detail(), source.encoding()),
        state,
        sink,
        healthListener,
        runLocks);
  }

  /**
   * An engine that reads documents with {@code extractors} instead of each source's own extractor:
   * {@code crawlers bench} times the fetch path with one that only parses the pages.
   */
  CrawlEngine(
      HostThrottle throttle,
      Function<SourceDefinition, DocumentExtractor> extractors,
      CrawlStateStore state,
      DocumentSink sink,
      HealthListener healthListener,
      RunLocks runLocks) {
    this.runLocks = runLocks;
    this.throttle = throttle;
    this.extractors = extractors;
    this.state = state;
    this.robots = RobotsMemory.backedBy(state);
    this.sink = sink;
    this.healthListener = healthListener;
  }

  /**
   * Runs one crawl of {@code source}; empty when a run of it is already under way, here or in
   * another process on the same data directory.
   */
  public Optional<CrawlSummary> crawl(
      SourceDefinition source, CrawlOptions options, CrawlListener listener) {
    ReentrantLock lock = running.computeIfAbsent(source.id(), id -> new ReentrantLock());
    if (!lock.tryLock()) {
      return Optional.empty();
    }
    try (RunLocks.Held held = runLocks.tryAcquire(source.id()).orElse(null)) {
      if (held == null) {
        return Optional.empty();
      }
      DocumentExtractor extractor = extractors.apply(source);
      SourceCrawler crawler =
          new SourceCrawler(
              source,
              fetcher(source, options),
              extractor,
              state,
              sink,
              listener,
              healthListener,
              options.maxPages(),
              Instant::now);
      return Optional.of(crawler.run());
    } finally {
      lock.unlock();
    }
  }

  PoliteFetcher fetcher(SourceDefinition source, CrawlOptions options) {
    Set<String> markers = new LinkedHashSet<>(source.detailBlockMarkers());
    source.lists().forEach(list -> markers.addAll(list.blockMarkers()));
    FetchScope scope =
        new FetchScope(
            source.id(), Set.copyOf(source.hosts()), source.scheme(), null, List.copyOf(markers));
    if (options.baseUrl() != null) {
      scope = scope.withBaseUrl(options.baseUrl(), source.scheme());
    }
    return new PoliteFetcher(scope, fetchConfig(source, options), throttle, robots);
  }

  static FetchConfig fetchConfig(SourceDefinition source, CrawlOptions options) {
    String agent =
        switch (source.userAgent()) {
          case "default" -> FetchConfig.DEFAULT_USER_AGENT;
          case "browser" -> FetchConfig.BROWSER_USER_AGENT;
          default -> source.userAgent();
        };
    return options
        .fetch()
        .withUserAgent(agent)
        .withHostDelay(options.hostDelay() != null ? options.hostDelay() : source.delay());
  }
}
