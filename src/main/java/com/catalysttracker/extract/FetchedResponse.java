package com.catalysttracker.extract;

import com.catalysttracker.crawl.ResponseCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One response the crawler received for a document, as saved: the real URL it was asked for, the
 * Content-Type header as sent (null when none) and the body bytes as received.
 *
 * <p>The crawler has already decoded the body (it looks for block pages in the text) and, for a
 * page whose links it follows, parsed it: it hands both on so an extractor does not decode and
 * parse the same bytes again (issue #4's throughput profile). Extractors use them only where they
 * would have produced the same themselves, and fall back to the bytes otherwise.
 *
 * @param decoded the body as {@link ResponseCharsets#decode} reads it, or null when not decoded
 *     (saved files, PDFs)
 * @param page {@code decoded.text()} parsed by jsoup with the document's canonical URL as base URI,
 *     or null; the extractor that receives it owns it (it may change it)
 */
public record FetchedResponse(
    String url,
    @Nullable String contentType,
    byte[] body,
    ResponseCharsets.@Nullable DecodedText decoded,
    org.jsoup.nodes.@Nullable Document page) {

  public FetchedResponse {
    Objects.requireNonNull(url, "url");
    body = body.clone();
    if (page != null && decoded == null) {
      throw new IllegalArgumentException(
          url + ": a parsed page comes with the decoded text it was parsed from");
    }
  }

  /** A response as saved: bytes only, decoded and parsed by the extractor. */
  public FetchedResponse(String url, @Nullable String contentType, byte[] body) {
    this(url, contentType, body, null, null);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** JSON by header, or by a body that starts like a JSON document. */
  public boolean isJson() {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
      return true;
    }
    for (byte b : body) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' '
          && b != '\n'
          && b != '\r'
          && b != '\t'
          && (b & 0xFF) != 0xEF
          && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** A PDF by header or by its {@code %PDF} signature. */
  public boolean isPdf() {
    return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("pdf"))
        || (body.length > 4
            && body[0] == '%'
            && body[1] == 'P'
            && body[2] == 'D'
            && body[3] == 'F');
  }
}
