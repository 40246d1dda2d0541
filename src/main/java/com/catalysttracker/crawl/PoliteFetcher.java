package com.catalysttracker.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one source's URLs the way a considerate visitor would: robots.txt honoured, one request
 * at a time per host with a pause between them, retries with backoff on server trouble, redirects
 * followed only within the source's hosts, conditional GET, a size cap, and bodies decoded whatever
 * charset the site claims. Every call returns a {@link FetchOutcome}; nothing a site does throws.
 *
 * <p>Thread-safe: one instance per source and run, shared by that run's threads. The {@link
 * HostThrottle} is shared by all of them, and so are the robots.txt answers the engine keeps
 * ({@link RobotsMemory}, up to {@link FetchConfig#robotsMaxAge()}).
 */
public final class PoliteFetcher {

  private final FetchScope scope;
  private final FetchConfig config;
  private final BaseUrlRewriter rewriter;
  private final FetchClock clock;
  private final FetchAttempts attempts;
  private final RobotsCache robots;

  /** A fetcher that remembers robots.txt for itself only (one run). */
  public PoliteFetcher(FetchScope scope, FetchConfig config, HostThrottle throttle) {
    this(scope, config, throttle, RobotsMemory.local());
  }

  /**
   * @param robotsKept robots.txt answers shared with other runs (the engine's)
   */
  PoliteFetcher(
      FetchScope scope, FetchConfig config, HostThrottle throttle, RobotsMemory robotsKept) {
    this(
        scope,
        config,
        throttle,
        FetchClock.system(),
        () -> ThreadLocalRandom.current().nextDouble(),
        robotsKept);
  }

  PoliteFetcher(
      FetchScope scope,
      FetchConfig config,
      HostThrottle throttle,
      FetchClock clock,
      DoubleSupplier jitter) {
    this(scope, config, throttle, clock, jitter, RobotsMemory.local());
  }

  PoliteFetcher(
      FetchScope scope,
      FetchConfig config,
      HostThrottle throttle,
      FetchClock clock,
      DoubleSupplier jitter,
      RobotsMemory robotsKept) {
    this.scope = scope;
    this.config = config;
    this.rewriter = scope.rewriter();
    this.clock = clock;
    this.attempts = new FetchAttempts(config, throttle, clock, jitter, new JsoupTransport(config));
    this.robots =
        new RobotsCache(
            config.robotsAgent(),
            robotsUrl -> fetch(FetchRequest.get(robotsUrl), false),
            robotsKept,
            config.robotsMaxAge(),
            clock::now,
            rewriter::toLocal);
  }

  public FetchScope scope() {
    return scope;
  }

  /** Fetches {@code request} (a real URL); see {@link FetchOutcome} for what can come back. */
  public FetchOutcome fetch(FetchRequest request) {
    try {
      return fetch(request, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchFailure(
          request.url(),
          FetchFailure.Reason.INTERRUPTED,
          null,
          request.url() + ": interrupted before an answer came (shutting down?)",
          Duration.ZERO,
          0);
    }
  }

  private FetchOutcome fetch(FetchRequest request, boolean obeyRobots) throws InterruptedException {
    long started = clock.nanoTime();
    Instant fetchedAt = clock.now();
    URI url = request.url();
    if (!url.isAbsolute()
        || url.getHost() == null
        || !(url.getScheme().equalsIgnoreCase("http")
            || url.getScheme().equalsIgnoreCase("https"))) {
      return new FetchFailure(
          url,
          FetchFailure.Reason.INVALID_URL,
          null,
          url
              + " is not an absolute http(s) URL; resolve links against their page's URL before fetching",
          Duration.ZERO,
          0);
    }
    if (!scope.allows(url)) {
      return new FetchSkipped(
          url,
          FetchSkipped.Reason.OUT_OF_SCOPE,
          url
              + ": host "
              + url.getHost()
              + " is not one of source '"
              + scope.sourceId()
              + "' hosts "
              + scope.allowedHosts()
              + "; add it to the source definition if it belongs to the site");
    }
    URI current = url.getRawPath() == null || url.getRawPath().isEmpty() ? url.resolve("/") : url;
    FetchRequest hop = request;
    FetchRequest.Method method = request.method();
    int made = 0;
    for (int redirects = 0; ; redirects++) {
      Duration hostDelay = config.hostDelay();
      if (obeyRobots) {
        RobotsCache.HostRobots rules = robots.forUrl(current);
        if (rules.rules() == null) {
          return new FetchSkipped(
              url,
              FetchSkipped.Reason.ROBOTS_UNAVAILABLE,
              current
                  + " not fetched: robots.txt of "
                  + current.getHost()
                  + " could not be read ("
                  + rules.unavailable()
                  + "); the host is left alone for this run");
        }
        if (!rules.rules().isAllowed(current.toString())) {
          return new FetchSkipped(
              url,
              FetchSkipped.Reason.ROBOTS_DISALLOWED,
              current
                  + " not fetched: robots.txt of "
                  + current.getHost()
                  + " disallows it for agent '"
                  + config.robotsAgent()
                  + "'");
        }
        Duration crawlDelay = rules.crawlDelay();
        if (crawlDelay != null && crawlDelay.compareTo(hostDelay) > 0) {
          hostDelay = crawlDelay;
        }
      }
      FetchAttempts.Attempted attempted =
          attempts.run(
              current.getHost().toLowerCase(Locale.ROOT),
              hostDelay,
              rewriter.toLocal(current),
              hop,
              method,
              scope);
      made += attempted.attempts();
      if (attempted instanceof FetchAttempts.GaveUp gaveUp) {
        return new FetchFailure(
            url,
            gaveUp.reason(),
            gaveUp.status(),
            where(url, current)
                + ": "
                + gaveUp.cause()
                + " ("
                + made
                + (made == 1 ? " attempt)" : " attempts)"),
            since(started),
            made);
      }
      FetchAttempts.Answered answered = (FetchAttempts.Answered) attempted;
      JsoupTransport.RawResponse response = answered.response();
      int status = response.status();
      if (FetchAttempts.isRedirect(status)) {
        String location = response.header("Location");
        URI next = location == null ? null : resolveLocation(current, location);
        if (next == null) {
          return new FetchFailure(
              url,
              FetchFailure.Reason.BAD_REDIRECT,
              status,
              where(url, current)
                  + " answered "
                  + status
                  + " with an unusable Location: "
                  + location,
              since(started),
              made);
        }
        if (!scope.allows(next)) {
          return new FetchFailure(
              url,
              FetchFailure.Reason.REDIRECT_OFF_SITE,
              status,
              where(url, current)
                  + " redirected ("
                  + status
                  + ") to "
                  + next
                  + ", outside source '"
                  + scope.sourceId()
                  + "' hosts "
                  + scope.allowedHosts()
                  + "; not followed. Add the host to the source if it is part of the site",
              since(started),
              made);
        }
        if (redirects >= config.maxRedirects()) {
          return new FetchFailure(
              url,
              FetchFailure.Reason.BAD_REDIRECT,
              status,
              url + ": more than " + config.maxRedirects() + " redirects (last to " + next + ")",
              since(started),
              made);
        }
        if (status == 303
            || ((status == 301 || status == 302) && method == FetchRequest.Method.POST)) {
          // What browsers do: the redirected request is a GET without the body.
          method = FetchRequest.Method.GET;
          hop =
              new FetchRequest(next, method, hop.headers(), Map.of(), null, null, hop.validators());
        }
        current = next;
        continue;
      }
      if (status == 304) {
        FetchValidators sent =
            response.header("ETag") != null || response.header("Last-Modified") != null
                ? validators(response)
                : request.validators() == null ? FetchValidators.NONE : request.validators();
        return new NotModified(url, current, sent, fetchedAt, since(started), made);
      }
      if (status >= 200 && status < 300) {
        return result(url, current, response, fetchedAt, since(started), made);
      }
      if (answered.blockMarker() != null) {
        return new FetchFailure(
            url,
            FetchFailure.Reason.BLOCKED,
            status,
            where(url, current)
                + " answered HTTP "
                + status
                + " with a block page or challenge ('"
                + answered.blockMarker()
                + "', the source's block-markers); not retried",
            since(started),
            made);
      }
      return new FetchFailure(
          url,
          FetchFailure.Reason.HTTP_STATUS,
          status,
          where(url, current) + " answered HTTP " + status + advice(status, made),
          since(started),
          made);
    }
  }

  private FetchResult result(
      URI url,
      URI finalUrl,
      JsoupTransport.RawResponse response,
      Instant fetchedAt,
      Duration elapsed,
      int made) {
    String contentType = response.header("Content-Type");
    byte[] body = response.body();
    ResponseCharsets.DecodedText decoded = null;
    if (ResponseCharsets.isTextual(contentType) || (contentType == null && looksTextual(body))) {
      decoded = ResponseCharsets.decode(body, contentType);
    }
    return new FetchResult(
        url,
        finalUrl,
        response.status(),
        response.headers(),
        body,
        decoded,
        contentType,
        validators(response),
        fetchedAt,
        elapsed,
        made);
  }

  private static FetchValidators validators(JsoupTransport.RawResponse response) {
    return new FetchValidators(response.header("ETag"), response.header("Last-Modified"));
  }

  /**
   * Resolves a Location against the real URL; an absolute local one is mapped back to real first.
   */
  private @Nullable URI resolveLocation(URI current, String location) {
    try {
      URI loc = URI.create(escapeUnsafe(location.strip()));
      if (loc.isAbsolute()) {
        return rewriter.isLocal(loc) ? rewriter.toReal(loc) : loc;
      }
      return current.resolve(loc);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Servers send raw spaces and Chinese in Location; URI wants them percent-encoded (UTF-8). */
  private static String escapeUnsafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
          || c == '`' || c == '{' || c == '|' || c == '}') {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static boolean looksTextual(byte[] body) {
    for (int i = 0; i < Math.min(body.length, 1024); i++) {
      if (body[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static String where(URI url, URI current) {
    return url.equals(current) ? url.toString() : url + " (redirected to " + current + ")";
  }

  private static String advice(int status, int made) {
    if (FetchAttempts.isRetryableStatus(status)) {
      return " after "
          + made
          + " attempts; the site is struggling or rate-limiting, try again in a later run";
    }
    if (status == 404 || status == 410) {
      return "; the page is gone or the URL is wrong, not retried";
    }
    if (status == 401 || status == 403) {
      return "; access refused (a block, a login, or a browser User-Agent or Referer the site requires), not retried";
    }
    return "; not retried";
  }

  private Duration since(long started) {
    return Duration.ofNanos(clock.nanoTime() - started);
  }
}
