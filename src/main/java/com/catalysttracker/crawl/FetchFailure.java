package com.catalysttracker.crawl;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A fetch that did not produce a page.
 *
 * @param url the real URL asked for
 * @param reason the kind of failure
 * @param status the last HTTP status received, or null when no answer came (network failure)
 * @param message names the URL, the status or cause, and what to do about it
 * @param elapsed from start to giving up, waits included
 * @param attempts HTTP requests made
 */
public record FetchFailure(
    URI url,
    Reason reason,
    @Nullable Integer status,
    String message,
    Duration elapsed,
    int attempts)
    implements FetchOutcome {

  public enum Reason {
    /** An error status (4xx, or 5xx / 429 still there after the last attempt). */
    HTTP_STATUS,
    /** Connection refused or reset, timeout, unknown host, after the last attempt. */
    NETWORK,
    /** The body is larger than the configured cap. */
    BODY_TOO_LARGE,
    /** A redirect pointed outside the source's hosts. */
    REDIRECT_OFF_SITE,
    /** More redirects than configured, or a redirect without a usable Location. */
    BAD_REDIRECT,
    /** The server asked to come back later than the fetcher is willing to wait. */
    RETRY_AFTER_TOO_LONG,
    /** Not an absolute http(s) URL. */
    INVALID_URL,
    /** The fetching thread was interrupted (shutdown). */
    INTERRUPTED,
    /**
     * An error status whose body is one of the source's block pages or challenges ({@code
     * block-markers}), e.g. 加速乐's HTTP 521: not retried, and the run stops.
     */
    BLOCKED
  }

  @Override
  public Kind kind() {
    return Kind.FAILED;
  }

  /**
   * Whether a later run may well succeed (server trouble, network), as opposed to a page that is
   * gone or refused.
   */
  public boolean worthRetryingLater() {
    return switch (reason) {
      case NETWORK, RETRY_AFTER_TOO_LONG, INTERRUPTED, BLOCKED -> true;
      case HTTP_STATUS -> status != null && FetchAttempts.isRetryableStatus(status);
      default -> false;
    };
  }
}
