package com.catalysttracker.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Sends one request until it gets an answer worth keeping: each attempt waits for the host's turn;
 * 5xx, 429, 408 and network errors are retried with exponential backoff and jitter, or after the
 * server's Retry-After; other statuses come back at once.
 */
final class FetchAttempts {

  private final FetchConfig config;
  private final HostThrottle throttle;
  private final FetchClock clock;
  private final DoubleSupplier jitter;
  private final JsoupTransport transport;

  FetchAttempts(
      FetchConfig config,
      HostThrottle throttle,
      FetchClock clock,
      DoubleSupplier jitter,
      JsoupTransport transport) {
    this.config = config;
    this.throttle = throttle;
    this.clock = clock;
    this.jitter = jitter;
    this.transport = transport;
  }

  /**
   * How a request ended: an answer (possibly still an error status after the last attempt) or none.
   */
  sealed interface Attempted permits Answered, GaveUp {
    int attempts();
  }

  /**
   * @param blockMarker the source's block marker an error answer shows (not a page, redirect or
   *     304), read once here: it decides both the retry and, in the fetcher, the failure's reason
   */
  record Answered(JsoupTransport.RawResponse response, int attempts, @Nullable String blockMarker)
      implements Attempted {}

  record GaveUp(FetchFailure.Reason reason, @Nullable Integer status, String cause, int attempts)
      implements Attempted {}

  /**
   * 5xx other than "not implemented" / "version not supported", 429 and 408 pass; retrying may
   * help.
   */
  static boolean isRetryableStatus(int status) {
    return status == 408
        || status == 429
        || (status >= 500 && status < 600 && status != 501 && status != 505);
  }

  Attempted run(
      String hostKey,
      Duration hostDelay,
      URI target,
      FetchRequest request,
      FetchRequest.Method method,
      FetchScope scope)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      JsoupTransport.@Nullable RawResponse response = null;
      IOException error = null;
      try (HostThrottle.Permit turn = throttle.acquire(hostKey, hostDelay)) {
        response = transport.execute(target, request, method);
      } catch (IOException e) {
        error = e;
      } catch (JsoupTransport.BodyTooLargeException e) {
        return new GaveUp(FetchFailure.Reason.BODY_TOO_LARGE, null, e.getMessage(), attempt);
      }
      String blockMarker =
          response != null && isErrorAnswer(response.status())
              ? blockPage(response, scope).orElse(null)
              : null;
      if (response != null && (!isRetryableStatus(response.status()) || blockMarker != null)) {
        return new Answered(response, attempt, blockMarker);
      }
      if (attempt >= config.maxAttempts()) {
        return response != null
            ? new Answered(response, attempt, blockMarker)
            : new GaveUp(FetchFailure.Reason.NETWORK, null, describe(error), attempt);
      }
      Duration pause = backoff(attempt);
      if (response != null) {
        Duration asked = retryAfter(response.header("Retry-After"));
        if (asked != null && asked.compareTo(config.maxRetryAfter()) > 0) {
          return new GaveUp(
              FetchFailure.Reason.RETRY_AFTER_TOO_LONG,
              response.status(),
              "the server asked to retry after "
                  + asked.toSeconds()
                  + " s, more than the "
                  + config.maxRetryAfter().toSeconds()
                  + " s this fetcher waits (maxRetryAfter); try again in a later run",
              attempt);
        }
        if (asked != null) {
          pause = asked;
        }
      }
      // Held back for every thread, not just this one: the host said it is struggling.
      throttle.holdBack(hostKey, pause);
    }
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** Neither a page (2xx), a redirect nor a 304: an answer that may be a block page. */
  private static boolean isErrorAnswer(int status) {
    return !(status >= 200 && status < 300) && status != 304 && !isRedirect(status);
  }

  /**
   * The source's block marker an answer shows (加速乐 answers its cookie challenge with HTTP 521), if
   * any. Only error answers are looked at here; a 200 block page is the crawler's to judge.
   */
  private static Optional<String> blockPage(JsoupTransport.RawResponse response, FetchScope scope) {
    if (scope.blockMarkers().isEmpty() || response.body().length == 0) {
      return Optional.empty();
    }
    return scope.blockMarkerIn(
        ResponseCharsets.decode(response.body(), response.header("Content-Type")).text());
  }

  /** Retry-After as delta-seconds or an HTTP-date; null when absent or unreadable. */
  @Nullable Duration retryAfter(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException tooLong) {
        return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration until = Duration.between(clock.now(), at);
      return until.isNegative() ? Duration.ZERO : until;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** base·2^(n-1) capped, then "equal jitter": at least half of it, so the spacing still grows. */
  Duration backoff(int attempt) {
    long base = config.backoffBase().toMillis();
    long exp = attempt >= 31 ? Long.MAX_VALUE : base << Math.min(attempt - 1, 30);
    long capped = Math.min(exp < 0 ? Long.MAX_VALUE : exp, config.backoffMax().toMillis());
    double r = Math.max(0.0, Math.min(1.0, jitter.getAsDouble()));
    return Duration.ofMillis(capped / 2 + Math.round(capped / 2.0 * r));
  }

  private static String describe(@Nullable IOException e) {
    if (e == null) {
      return "no answer";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
