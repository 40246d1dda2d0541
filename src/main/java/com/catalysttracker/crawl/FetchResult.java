package com.catalysttracker.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page the site answered with 2xx.
 *
 * @param url the real URL asked for
 * @param finalUrl the real URL after redirects (equal to {@code url} when there were none)
 * @param status HTTP status
 * @param headers response headers, names lower-cased
 * @param body the body as received (decompressed)
 * @param decoded the body decoded (text, charset and why that charset), for textual content types;
 *     null for PDFs, archives and the like. Handed on to the extractor, which would decode the same
 *     bytes the same way otherwise
 * @param contentType the Content-Type header, or null when the server sent none
 * @param validators ETag / Last-Modified to send next time for a conditional GET
 * @param fetchedAt when the fetch started
 * @param elapsed from start to the last byte, waits and retries included
 * @param attempts HTTP requests made, retries and redirects included
 */
public record FetchResult(
    URI url,
    URI finalUrl,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    ResponseCharsets.@Nullable DecodedText decoded,
    @Nullable String contentType,
    FetchValidators validators,
    Instant fetchedAt,
    Duration elapsed,
    int attempts)
    implements FetchOutcome {

  public FetchResult {
    headers = Map.copyOf(headers);
  }

  /** The body decoded, for textual content types; null for PDFs, archives and the like. */
  public @Nullable String text() {
    return decoded == null ? null : decoded.text();
  }

  /** The charset {@link #text()} was decoded with, or null when not textual. */
  public @Nullable Charset charset() {
    return decoded == null ? null : decoded.charset();
  }

  @Override
  public Kind kind() {
    return Kind.FETCHED;
  }

  /** First value of a response header, or null when absent. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
