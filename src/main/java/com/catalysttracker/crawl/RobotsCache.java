package com.catalysttracker.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * robots.txt per scheme, host and port, fetched once per run (per fetcher) and shared by its
 * threads. Reading follows RFC 9309 as Google applies it: a 4xx robots.txt means no rules; a
 * 5xx or unreachable one means stay away from the host for this run.
 */
final class RobotsCache {

  /** Fetches a robots.txt URL without consulting robots (it is the robots file). */
  interface RobotsFetch {
    FetchOutcome fetch(URI robotsUrl) throws InterruptedException;
  }

  /**
   * @param rules the host's rules for our agent, or null when robots.txt was unavailable
   * @param unavailable why the rules are missing (for the skipped message), or null
   */
  record HostRobots(@Nullable BaseRobotRules rules, @Nullable String unavailable) {

    /** robots.txt Crawl-delay, when the host set one. */
    @Nullable Duration crawlDelay() {
      return rules != null && rules.getCrawlDelay() > 0 ? Duration.ofMillis(rules.getCrawlDelay()) : null;
    }
  }

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final String agent;
  private final RobotsFetch fetcher;
  private final Map<String, CompletableFuture<HostRobots>> byOrigin = new ConcurrentHashMap<>();

  RobotsCache(String agent, RobotsFetch fetcher) {
    this.agent = agent.toLowerCase(Locale.ROOT);
    this.fetcher = fetcher;
  }

  HostRobots forUrl(URI url) throws InterruptedException {
    String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
    CompletableFuture<HostRobots> mine = new CompletableFuture<>();
    CompletableFuture<HostRobots> existing = byOrigin.putIfAbsent(origin, mine);
    if (existing != null) {
      try {
        return existing.get();
      } catch (ExecutionException e) {
        return new HostRobots(null, "reading " + origin + "/robots.txt failed: " + e.getCause());
      }
    }
    try {
      HostRobots loaded = load(URI.create(origin + "/robots.txt"));
      mine.complete(loaded);
      return loaded;
    } catch (InterruptedException | RuntimeException e) {
      // Let a later call try again rather than remember an interrupted read.
      byOrigin.remove(origin, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private HostRobots load(URI robotsUrl) throws InterruptedException {
    FetchOutcome outcome = fetcher.fetch(robotsUrl);
    if (outcome instanceof FetchResult page) {
      BaseRobotRules rules =
          parser.parseContent(robotsUrl.toString(), page.body(), String.valueOf(page.contentType()), List.of(agent));
      if (rules.isDeferVisits()) {
        return new HostRobots(null, robotsUrl + " asks for a crawl delay longer than we accept");
      }
      return new HostRobots(rules, null);
    }
    if (outcome instanceof FetchFailure failure) {
      boolean serverTrouble =
          failure.reason() == FetchFailure.Reason.NETWORK
              || failure.reason() == FetchFailure.Reason.RETRY_AFTER_TOO_LONG
              || failure.reason() == FetchFailure.Reason.INTERRUPTED
              || (failure.status() != null && (failure.status() >= 500 || failure.status() == 429));
      if (serverTrouble) {
        return new HostRobots(null, failure.message());
      }
    }
    // 4xx, or a robots.txt we cannot read for another reason (off-site redirect, too large): no rules.
    return new HostRobots(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null);
  }
}
