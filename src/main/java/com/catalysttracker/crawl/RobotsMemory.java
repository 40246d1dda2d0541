package com.catalysttracker.crawl;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt answers kept across runs: in this process (every run of a {@link CrawlEngine} shares
 * one) and, behind it, in the crawl-state store, so a restart or a second node skips the request
 * too. A store that cannot be reached costs a robots.txt request, never a run.
 */
final class RobotsMemory {

  private static final Logger log = LoggerFactory.getLogger("catalyst.crawl");

  private final @Nullable CrawlStateStore store;
  private final Map<String, RobotsRecord> byUrl = new ConcurrentHashMap<>();

  private RobotsMemory(@Nullable CrawlStateStore store) {
    this.store = store;
  }

  /** Shared by the runs that use it, kept in {@code store} too. */
  static RobotsMemory backedBy(CrawlStateStore store) {
    return new RobotsMemory(store);
  }

  /** Remembers only for whoever holds it (a lone fetcher: one run). */
  static RobotsMemory local() {
    return new RobotsMemory(null);
  }

  /**
   * The answer for {@code robotsUrl} if one no older than {@code maxAge} is known, here or in the
   * store.
   */
  Optional<RobotsRecord> fresh(String robotsUrl, Instant now, Duration maxAge) {
    if (maxAge.isZero() || maxAge.isNegative()) {
      return Optional.empty();
    }
    RobotsRecord here = byUrl.get(robotsUrl);
    if (here != null && here.freshAt(now, maxAge)) {
      return Optional.of(here);
    }
    if (store == null) {
      return Optional.empty();
    }
    try {
      Optional<RobotsRecord> stored = store.robots(robotsUrl).filter(r -> r.freshAt(now, maxAge));
      stored.ifPresent(r -> byUrl.put(robotsUrl, r));
      return stored;
    } catch (IOException | RuntimeException e) {
      log.debug(
          "robots.txt of {} not read from crawl state ({}); fetching it", robotsUrl, e.toString());
      return Optional.empty();
    }
  }

  void remember(RobotsRecord answer) {
    byUrl.put(answer.url(), answer);
    if (store == null) {
      return;
    }
    try {
      store.put(answer);
    } catch (IOException | RuntimeException e) {
      // Kept in this process; another process or a restart fetches it again.
      log.warn(
          "robots.txt of {} not saved to crawl state ({}); other processes will fetch it again",
          answer.url(),
          e.toString());
    }
  }
}
