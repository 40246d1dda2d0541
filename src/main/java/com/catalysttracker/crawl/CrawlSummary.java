package com.catalysttracker.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What one crawl run did. {@link #line()} is the closing line scripts read, exactly {@code pages 23
 * · new 11 · changed 0 · unchanged 0 · failed 0 · 4.2 s}.
 *
 * @param source crawler id
 * @param pages list pages read plus documents whose detail was fetched
 * @param newDocuments documents indexed for the first time
 * @param changed documents re-indexed because their text changed
 * @param unchanged details fetched again whose text had not changed (or answered 304)
 * @param failed list pages and documents that could not be fetched, read or stored
 * @param elapsed wall time of the run
 * @param requests HTTP requests made (retries and redirects included)
 * @param detailRequests HTTP requests made for details
 * @param problems one line per failure: URL and cause
 */
public record CrawlSummary(
    String source,
    int pages,
    int newDocuments,
    int changed,
    int unchanged,
    int failed,
    Duration elapsed,
    int requests,
    int detailRequests,
    List<String> problems) {

  public CrawlSummary {
    problems = List.copyOf(problems);
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "pages %d · new %d · changed %d · unchanged %d · failed %d · %.1f s",
        pages,
        newDocuments,
        changed,
        unchanged,
        failed,
        elapsed.toMillis() / 1000.0);
  }
}
