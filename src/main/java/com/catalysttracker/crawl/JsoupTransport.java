package com.catalysttracker.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP exchange through jsoup, with no policy of its own: redirects, error statuses and content
 * types all come back as they are, so {@link PoliteFetcher} decides. Bodies are read as bytes
 * (never decoded by jsoup) and stopped at the size cap.
 */
final class JsoupTransport {

  /** jsoup's switch between the JDK's HttpClient (its default since 1.19) and HttpURLConnection. */
  static final String USE_HTTP_CLIENT = "jsoup.useHttpClient";

  static {
    // HttpURLConnection unless the operator chose otherwise (-Djsoup.useHttpClient=true): the
    // HttpClient hands every exchange from the calling thread to its selector and worker threads
    // and back, and on a busy machine each hand-off waits for a core. `crawlers bench` at load ~8
    // on 2 cores measured 106 crawler pages/s with it against 250 without (issue #4 throughput).
    // The crawler reads one response at a time per source, so it gains nothing from the async
    // client, and government sites answer HTTP/1.1.
    if (System.getProperty(USE_HTTP_CLIENT) == null) {
      System.setProperty(USE_HTTP_CLIENT, "false");
    }
  }

  private final Connection session;
  private final long maxBodyBytes;

  JsoupTransport(FetchConfig config) {
    this.maxBodyBytes = config.maxBodyBytes();
    // A session shares its cookie store, so cookies a site sets on a list page go with the
    // detail requests, as in a browser.
    this.session =
        Jsoup.newSession()
            .userAgent(config.userAgent())
            .timeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
            .followRedirects(false)
            .ignoreHttpErrors(true)
            .ignoreContentType(true)
            .maxBodySize(0)
            .postDataCharset(StandardCharsets.UTF_8.name())
            .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
  }

  /** What came back; the body is complete (never truncated). */
  record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {
    @Nullable String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  /** The body was larger than the cap; nothing more was read. */
  static final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(String message) {
      super(message);
    }
  }

  /**
   * Sends {@code request} to {@code target} (the local address under --base-url, else the real one)
   * as {@code method}; a redirect may turn a POST into a GET, hence the separate method.
   */
  RawResponse execute(URI target, FetchRequest request, FetchRequest.Method method)
      throws IOException, BodyTooLargeException {
    Connection connection = session.newRequest(target.toString());
    request.headers().forEach(connection::header);
    FetchValidators validators = request.validators();
    if (validators != null && validators.etag() != null) {
      connection.header("If-None-Match", validators.etag());
    }
    if (validators != null && validators.lastModified() != null) {
      connection.header("If-Modified-Since", validators.lastModified());
    }
    if (method == FetchRequest.Method.POST) {
      connection.method(Connection.Method.POST);
      request.form().forEach(connection::data);
      String body = request.body();
      if (body != null) {
        connection.requestBody(body);
        if (request.bodyContentType() != null) {
          connection.header("Content-Type", request.bodyContentType());
        }
      }
    } else {
      connection.method(Connection.Method.GET);
    }
    Connection.Response response = connection.execute();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response
        .multiHeaders()
        .forEach(
            (k, v) ->
                headers
                    .computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>())
                    .addAll(v));
    headers.replaceAll((k, v) -> List.copyOf(v));
    String declaredLength = response.header("Content-Length");
    try (InputStream in = response.bodyStream()) {
      if (declaredLength != null && parseLength(declaredLength) > maxBodyBytes) {
        throw new BodyTooLargeException(
            "Content-Length " + declaredLength + " is over the " + maxBodyBytes + "-byte cap");
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (body.length > maxBodyBytes) {
        throw new BodyTooLargeException("the body is over the " + maxBodyBytes + "-byte cap");
      }
      long declared = declaredLength == null ? -1 : parseLength(declaredLength);
      int status = response.statusCode();
      if (declared > body.length
          && response.header("Content-Encoding") == null
          && status != 204
          && status != 304) {
        // HttpURLConnection ends the stream quietly when the server closes the connection early;
        // a short body must fail the attempt (and be retried) as the HttpClient's EOF did.
        throw new IOException(
            "the connection closed after " + body.length + " of " + declared + " bytes");
      }
      return new RawResponse(response.statusCode(), headers, body);
    }
  }

  private static long parseLength(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
