package com.catalysttracker.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request the {@link FixtureServer} received, kept so tests can assert counts, headers
 * (conditional GET, Referer, User-Agent) and bodies.
 *
 * @param method HTTP method as sent
 * @param host the real site's host: the first path segment of the local URL
 * @param path the real path, still percent-encoded as sent
 * @param rawQuery the query string as sent, empty when there was none
 * @param headers request headers, names lower-cased
 * @param body the request body (empty for GET)
 * @param receivedAt when the server started handling the request
 */
public record RecordedRequest(
    String method,
    String host,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    Instant receivedAt) {

  public RecordedRequest {
    headers = Map.copyOf(headers);
  }

  /** The first value of a request header, or null when the request did not carry it. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
