package com.catalysttracker.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identifiers: a document's id is a hash of its canonical URL, so re-crawls overwrite it.
 */
public final class DocumentIds {
  private DocumentIds() {}

  /** The id of the document whose canonical (real-site) URL is {@code canonicalUrl}. */
  public static String forUrl(String canonicalUrl) {
    return sha256Hex(canonicalUrl).substring(0, 32);
  }

  /** Hash of cleaned text, for change detection (raw bytes carry timestamps and tokens). */
  public static String contentHash(String cleanedText) {
    return sha256Hex(cleanedText);
  }

  private static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
