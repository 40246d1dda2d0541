package com.catalysttracker.extract;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One response the crawler received for a document, as saved: the real URL it was asked for,
 * the Content-Type header as sent (null when none) and the body bytes as received.
 */
public record FetchedResponse(String url, @Nullable String contentType, byte[] body) {

  public FetchedResponse {
    Objects.requireNonNull(url, "url");
    body = body.clone();
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
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** A PDF by header or by its {@code %PDF} signature. */
  public boolean isPdf() {
    return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("pdf"))
        || (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F');
  }
}
