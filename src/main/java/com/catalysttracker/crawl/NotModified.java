package com.catalysttracker.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The server answered 304 to a conditional request: the copy fetched before still holds.
 *
 * @param url the real URL asked for
 * @param finalUrl the real URL after redirects
 * @param validators the validators still in force (the server's if it sent new ones)
 * @param fetchedAt when the fetch started
 * @param elapsed from start to the answer
 * @param attempts HTTP requests made
 */
public record NotModified(
    URI url,
    URI finalUrl,
    FetchValidators validators,
    Instant fetchedAt,
    Duration elapsed,
    int attempts)
    implements FetchOutcome {

  @Override
  public Kind kind() {
    return Kind.NOT_MODIFIED;
  }
}
