package com.catalysttracker.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently the fetcher works; one per source (a source may override the user
 * agent or the per-host delay). Immutable; start from {@link #defaults()} and use the {@code with…}
 * methods.
 *
 * @param userAgent User-Agent header sent with every request: the product and a contact URL, or a
 *     browser's for sites that refuse anything else
 * @param robotsAgent the token looked up in robots.txt {@code User-agent} lines
 * @param timeout limit for one HTTP exchange (connect and read)
 * @param hostDelay minimum pause between the end of one request to a host and the start of the next
 *     (robots.txt {@code Crawl-delay} raises it, never lowers it)
 * @param maxAttempts attempts per URL, counting the first, on 5xx, 429 and network errors
 * @param backoffBase pause before the second attempt; doubles each attempt, with jitter
 * @param backoffMax cap on one backoff pause
 * @param maxRetryAfter longest Retry-After the fetcher waits for; beyond it the URL fails and is
 *     left for a later run
 * @param maxBodyBytes largest response body accepted (after decompression)
 * @param maxRedirects redirects followed per URL
 * @param robotsMaxAge how long a robots.txt (or its 4xx absence) is trusted across runs before it
 *     is fetched again (RFC 9309 2.4: up to 24 hours); zero asks once per run. A 5xx or unreachable
 *     robots.txt is never kept beyond its run
 */
public record FetchConfig(
    String userAgent,
    String robotsAgent,
    Duration timeout,
    Duration hostDelay,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration maxRetryAfter,
    long maxBodyBytes,
    int maxRedirects,
    Duration robotsMaxAge) {

  /** Identifies the crawler honestly so site operators can see who we are and reach us. */
  public static final String DEFAULT_USER_AGENT =
      "CatalystTracker/0.1 (+https://catalysttracker.com/crawler; policy and tender monitoring)";

  /** For sites that refuse non-browser agents (miit checks it, see docs/sources). */
  public static final String BROWSER_USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";

  public FetchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotsAgent, "robotsAgent");
    requirePositive(timeout, "timeout");
    requireNotNegative(hostDelay, "hostDelay");
    requireNotNegative(backoffBase, "backoffBase");
    requireNotNegative(backoffMax, "backoffMax");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (userAgent.isBlank() || robotsAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent and robotsAgent must not be blank");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    requireNotNegative(robotsMaxAge, "robotsMaxAge");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
    }
  }

  /**
   * 1 s per host, 30 s timeout, 4 attempts from 2 s backoff up to 60 s, 10 MiB bodies, 5 redirects,
   * robots.txt kept 24 h.
   */
  public static FetchConfig defaults() {
    return new FetchConfig(
        DEFAULT_USER_AGENT,
        "CatalystTracker",
        Duration.ofSeconds(30),
        Duration.ofSeconds(1),
        4,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5),
        10L * 1024 * 1024,
        5,
        Duration.ofHours(24));
  }

  public FetchConfig withUserAgent(String agent) {
    return new FetchConfig(
        agent,
        robotsAgent,
        timeout,
        hostDelay,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxBodyBytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withTimeout(Duration limit) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        limit,
        hostDelay,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxBodyBytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withHostDelay(Duration delay) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        timeout,
        delay,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxBodyBytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withRetries(int attempts, Duration base, Duration max) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        timeout,
        hostDelay,
        attempts,
        base,
        max,
        maxRetryAfter,
        maxBodyBytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withMaxRetryAfter(Duration max) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        timeout,
        hostDelay,
        maxAttempts,
        backoffBase,
        backoffMax,
        max,
        maxBodyBytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withMaxBodyBytes(long bytes) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        timeout,
        hostDelay,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        bytes,
        maxRedirects,
        robotsMaxAge);
  }

  public FetchConfig withRobotsMaxAge(Duration maxAge) {
    return new FetchConfig(
        userAgent,
        robotsAgent,
        timeout,
        hostDelay,
        maxAttempts,
        backoffBase,
        backoffMax,
        maxRetryAfter,
        maxBodyBytes,
        maxRedirects,
        maxAge);
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + d);
    }
  }
}
