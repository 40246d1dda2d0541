package com.catalysttracker.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * robots.txt per scheme, host and port, looked up once per run (per fetcher) and shared by its
 * threads. Reading follows RFC 9309 as Google applies it: a 4xx robots.txt means no rules; a 5xx or
 * unreachable one means stay away from the host for this run. A file or a 4xx is kept in a {@link
 * RobotsMemory} for {@link FetchConfig#robotsMaxAge()} (RFC 9309 2.4 allows 24 hours), so later
 * runs, here or on another node, do not ask for it again; a 5xx or unreachable one is not kept
 * beyond the run, so the next run asks again.
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
      return rules != null && rules.getCrawlDelay() > 0
          ? Duration.ofMillis(rules.getCrawlDelay())
          : null;
    }
  }

  /** RFC 9309 2.5: crawlers must read at least 500 KiB; more is not kept. */
  private static final int MAX_KEPT_BYTES = 512 * 1024;

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final String agent;
  private final RobotsFetch fetcher;
  private final RobotsMemory kept;
  private final Duration maxAge;
  private final Supplier<Instant> clock;
  private final UnaryOperator<URI> fetchedAs;
  private final Map<String, CompletableFuture<HostRobots>> byOrigin = new ConcurrentHashMap<>();

  /** Remembers robots.txt for this instance only (one run). */
  RobotsCache(String agent, RobotsFetch fetcher) {
    this(
        agent,
        fetcher,
        RobotsMemory.local(),
        Duration.ZERO,
        Instant::now,
        UnaryOperator.identity());
  }

  /**
   * @param kept answers kept across runs
   * @param maxAge how long a kept answer stands in for a request (zero: always ask once per run)
   * @param fetchedAs the URL a real robots.txt URL is fetched from (a local site copy's), which
   *     keys {@code kept}
   */
  RobotsCache(
      String agent,
      RobotsFetch fetcher,
      RobotsMemory kept,
      Duration maxAge,
      Supplier<Instant> clock,
      UnaryOperator<URI> fetchedAs) {
    this.agent = agent.toLowerCase(Locale.ROOT);
    this.fetcher = fetcher;
    this.kept = kept;
    this.maxAge = maxAge;
    this.clock = clock;
    this.fetchedAs = fetchedAs;
  }

  HostRobots forUrl(URI url) throws InterruptedException {
    String origin =
        url.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + url.getRawAuthority().toLowerCase(Locale.ROOT);
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
    String key = fetchedAs.apply(robotsUrl).toString();
    Optional<RobotsRecord> known = kept.fresh(key, clock.get(), maxAge);
    if (known.isPresent()) {
      return read(robotsUrl, known.get());
    }
    FetchOutcome outcome = fetcher.fetch(robotsUrl);
    RobotsRecord answer;
    if (outcome instanceof FetchResult page) {
      byte[] body =
          page.body().length > MAX_KEPT_BYTES
              ? Arrays.copyOf(page.body(), MAX_KEPT_BYTES)
              : page.body();
      answer =
          new RobotsRecord(
              key,
              page.status(),
              new String(body, StandardCharsets.UTF_8),
              page.contentType(),
              page.fetchedAt());
    } else if (outcome instanceof FetchFailure failure) {
      boolean serverTrouble =
          failure.reason() == FetchFailure.Reason.NETWORK
              || failure.reason() == FetchFailure.Reason.RETRY_AFTER_TOO_LONG
              || failure.reason() == FetchFailure.Reason.INTERRUPTED
              || (failure.status() != null && (failure.status() >= 500 || failure.status() == 429));
      if (serverTrouble) {
        // Not kept: RFC 9309 2.3.1.4 — stay away now, ask again later (the next run).
        return new HostRobots(null, failure.message());
      }
      // 4xx, or a robots.txt we cannot read for another reason (off-site redirect, too large): no
      // rules.
      answer =
          new RobotsRecord(
              key, failure.status() == null ? 0 : failure.status(), "", null, clock.get());
    } else {
      answer = new RobotsRecord(key, 0, "", null, clock.get());
    }
    kept.remember(answer);
    return read(robotsUrl, answer);
  }

  private HostRobots read(URI robotsUrl, RobotsRecord answer) {
    if (!answer.hasRules()) {
      return new HostRobots(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null);
    }
    BaseRobotRules rules =
        parser.parseContent(
            robotsUrl.toString(),
            answer.body().getBytes(StandardCharsets.UTF_8),
            String.valueOf(answer.contentType()),
            List.of(agent));
    if (rules.isDeferVisits()) {
      return new HostRobots(null, robotsUrl + " asks for a crawl delay longer than we accept");
    }
    return new HostRobots(rules, null);
  }
}
