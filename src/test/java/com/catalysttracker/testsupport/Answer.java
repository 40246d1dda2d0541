package com.catalysttracker.testsupport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link FixtureServer} answers instead of (or on top of) the fixture for one path, so
 * a test can stage failures the offline copies cannot show: 503 then 200, a GBK page, a slow or
 * gzipped answer. Built with the static factories and the {@code with…} methods; immutable.
 *
 * @param status status to send; null keeps the fixture's own status
 * @param headers extra response headers
 * @param body bytes to send; null serves what the fixture routes to
 * @param contentType Content-Type to send; null keeps the fixture's (or none for a given body)
 * @param reencodeTo when set, the body is read as UTF-8 (as every fixture file is) and sent in
 *     this charset, leaving any meta tag inside untouched
 * @param gzip send the body gzip-compressed with {@code Content-Encoding: gzip}
 * @param delay wait this long before answering
 * @param cutAfter when set, announce the whole body's length but send only this many bytes and
 *     drop the connection (a reset mid-body)
 */
public record Answer(
    @Nullable Integer status,
    Map<String, String> headers,
    byte @Nullable [] body,
    @Nullable String contentType,
    @Nullable Charset reencodeTo,
    boolean gzip,
    Duration delay,
    @Nullable Integer cutAfter) {

  public Answer {
    headers = Map.copyOf(headers);
  }

  /** What the fixture itself would answer (useful as the last step of a sequence). */
  public static Answer fixture() {
    return new Answer(null, Map.of(), null, null, null, false, Duration.ZERO, null);
  }

  /** A bare status with an empty body, e.g. 503 or 404. */
  public static Answer status(int status) {
    return new Answer(status, Map.of(), new byte[0], null, null, false, Duration.ZERO, null);
  }

  /** A text body encoded in {@code charset}, sent with the given Content-Type header verbatim. */
  public static Answer text(int status, String contentType, String text, Charset charset) {
    return new Answer(status, Map.of(), text.getBytes(charset), contentType, null, false, Duration.ZERO, null);
  }

  public static Answer bytes(int status, String contentType, byte[] body) {
    return new Answer(status, Map.of(), body.clone(), contentType, null, false, Duration.ZERO, null);
  }

  /** A 3xx redirect to {@code location}, sent as given (absolute or relative). */
  public static Answer redirect(int status, String location) {
    return status(status).withHeader("Location", location);
  }

  public Answer withStatus(int newStatus) {
    return new Answer(newStatus, headers, body, contentType, reencodeTo, gzip, delay, cutAfter);
  }

  public Answer withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Answer(status, more, body, contentType, reencodeTo, gzip, delay, cutAfter);
  }

  public Answer withContentType(String newContentType) {
    return new Answer(status, headers, body, newContentType, reencodeTo, gzip, delay, cutAfter);
  }

  public Answer reencodedAs(Charset charset) {
    return new Answer(status, headers, body, contentType, charset, gzip, delay, cutAfter);
  }

  public Answer gzipped() {
    return new Answer(status, headers, body, contentType, reencodeTo, true, delay, cutAfter);
  }

  public Answer withDelay(Duration newDelay) {
    return new Answer(status, headers, body, contentType, reencodeTo, gzip, newDelay, cutAfter);
  }

  /** Sends the fixture's headers and the first {@code bytes} bytes of its body, then drops the connection. */
  public Answer cutAfter(int bytes) {
    return new Answer(status, headers, body, contentType, reencodeTo, gzip, delay, bytes);
  }

  byte[] transcode(byte[] utf8) {
    return reencodeTo == null ? utf8 : new String(utf8, StandardCharsets.UTF_8).getBytes(reencodeTo);
  }
}
