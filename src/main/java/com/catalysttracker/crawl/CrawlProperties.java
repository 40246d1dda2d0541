package com.catalysttracker.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Crawling settings ({@code catalyst.crawl.*}); each source's own settings live in its definition.
 *
 * @param definitionsDir the {@code crawlers/} folder: one {@code ID.yml} per source
 * @param referenceDir the {@code reference/} folder extraction enriches documents from
 * @param schedule whether {@code serve} runs the sources on their cron schedules
 * @param reloadInterval how often {@code serve} looks for changed definition files
 * @param timeout limit for one HTTP exchange
 * @param maxAttempts attempts per URL on 5xx, 429 and network errors, counting the first
 * @param backoff pause before the second attempt; doubles each attempt
 * @param baseUrl serve's scheduled runs fetch from this local copy of the sites instead of the real
 *     ones (demos, offline machines): every source host maps to {@code BASE/<host>/…}; empty for
 *     none
 * @param hostDelay overrides every definition's delay for scheduled runs (local copies only); empty
 *     for none
 * @param robotsMaxAge how long a fetched robots.txt (kept in {@code crawl-state}) is trusted before
 *     runs fetch it again; RFC 9309 allows up to 24 hours; 0 fetches it once per run. A 5xx or
 *     unreachable one is never kept
 */
@ConfigurationProperties("catalyst.crawl")
public record CrawlProperties(
    @DefaultValue("crawlers") Path definitionsDir,
    @DefaultValue("reference") Path referenceDir,
    @DefaultValue("true") boolean schedule,
    @DefaultValue("30s") Duration reloadInterval,
    @DefaultValue("30s") Duration timeout,
    @DefaultValue("4") int maxAttempts,
    @DefaultValue("2s") Duration backoff,
    @Nullable URI baseUrl,
    @Nullable Duration hostDelay,
    @DefaultValue("24h") Duration robotsMaxAge) {

  /**
   * The fetcher settings these properties give (delay and User-Agent come from each definition).
   */
  public FetchConfig fetchConfig() {
    return FetchConfig.defaults()
        .withTimeout(timeout)
        .withRetries(maxAttempts, backoff, Duration.ofSeconds(60))
        .withRobotsMaxAge(robotsMaxAge);
  }
}
