package com.catalysttracker.crawl;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A robots.txt answer kept beyond the run that fetched it: RFC 9309 (2.4) lets a crawler cache
 * robots.txt for up to 24 hours, so later runs, a restarted process and other nodes read it from
 * the {@code crawl-state} index instead of asking the host again. Only answers that say something
 * about the host are kept: the file (2xx) or its absence (4xx, an off-site redirect, an oversized
 * file); a 5xx or unreachable robots.txt is never kept (the host is left alone for that run only
 * and asked again next run).
 *
 * @param url the robots.txt URL actually fetched: with {@code --base-url} the local copy's URL, so
 *     a site copy's file never stands in for the real site's
 * @param status the HTTP status answered (0 when the answer was refused before a status counted,
 *     e.g. too large); rules are read from {@code body} only for 2xx
 * @param body the file's text as UTF-8 (RFC 9309 2.3), empty when there are no rules
 * @param contentType the answer's Content-Type, for the parser
 * @param fetchedAt when it was fetched: it is fresh until {@code fetchedAt + max age}
 */
public record RobotsRecord(
    String url, int status, String body, @Nullable String contentType, Instant fetchedAt) {

  public RobotsRecord {
    body = body == null ? "" : body;
  }

  boolean hasRules() {
    return status >= 200 && status < 300;
  }

  boolean freshAt(Instant now, Duration maxAge) {
    return !fetchedAt.plus(maxAge).isBefore(now) && !fetchedAt.isAfter(now.plusSeconds(60));
  }
}
