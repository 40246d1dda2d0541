package com.catalysttracker.crawl;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one run differs from the definition's defaults.
 *
 * @param baseUrl a local copy of the site ({@code --base-url}): every host of the source is fetched
 *     from {@code BASE/<host>/…}; canonical URLs stay real
 * @param maxPages at most this many pages per list, 0 for the definition's limit
 * @param hostDelay the pause between requests to one host instead of the definition's (tests and
 *     benchmarks on local copies), or null
 * @param fetch the fetcher's retry and size settings (its delay and User-Agent come from the
 *     definition)
 */
public record CrawlOptions(
    @Nullable URI baseUrl, int maxPages, @Nullable Duration hostDelay, FetchConfig fetch) {

  public static CrawlOptions defaults() {
    return new CrawlOptions(null, 0, null, FetchConfig.defaults());
  }

  public CrawlOptions withBaseUrl(@Nullable URI base) {
    return new CrawlOptions(base, maxPages, hostDelay, fetch);
  }

  public CrawlOptions withMaxPages(int pages) {
    return new CrawlOptions(baseUrl, pages, hostDelay, fetch);
  }

  public CrawlOptions withHostDelay(@Nullable Duration delay) {
    return new CrawlOptions(baseUrl, maxPages, delay, fetch);
  }

  public CrawlOptions withFetch(FetchConfig config) {
    return new CrawlOptions(baseUrl, maxPages, hostDelay, config);
  }
}
