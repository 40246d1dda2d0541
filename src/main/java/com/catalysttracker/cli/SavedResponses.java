package com.catalysttracker.cli;

import com.catalysttracker.crawl.ResponseCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What {@code extract} checks in a saved response before extracting it: bytes that cannot be a page
 * are refused naming the file, and what will read badly is said before the document is printed.
 */
final class SavedResponses {

  /** How much of a file's start decides whether it is text. */
  static final int SNIFF_BYTES = 8 * 1024;

  /**
   * Detail pages are well under 1 MB; beyond this a file is likely a whole-site dump or a mistake.
   */
  static final long LARGE_BYTES = 5L * 1024 * 1024;

  private SavedResponses() {}

  /**
   * Why {@code body} cannot be a response worth extracting, naming {@code file}; null when it may
   * be one.
   */
  static @Nullable String refusal(Path file, byte[] body) {
    if (body.length == 0) {
      return file + " is empty (0 bytes): there is nothing to read; save the response again";
    }
    if (startsWith(body, "%PDF") || hasUtf16Bom(body)) {
      return null;
    }
    int sniffed = Math.min(body.length, SNIFF_BYTES);
    int control = 0;
    int nul = 0;
    for (int i = 0; i < sniffed; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) {
        nul++;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    // Text in any charset a Chinese site uses (UTF-8, GB18030) has no NUL and almost no control
    // bytes.
    if (nul > 0 || control * 20 > sniffed) {
      return String.format(
          Locale.ROOT,
          "%s holds binary data (%d of its first %d bytes are control bytes), not an HTML page, a JSON answer or a PDF;"
              + " save the body of the response as the site sent it",
          file,
          control,
          sniffed);
    }
    return null;
  }

  /**
   * What will read badly in a file {@link #refusal} accepted: its size, and bytes no charset reads.
   */
  static List<String> warnings(Path file, byte[] body) {
    List<String> warnings = new ArrayList<>();
    if (body.length > LARGE_BYTES) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "%s is %.1f MB, far more than a detail page; reading all of it",
              file,
              body.length / (1024.0 * 1024.0)));
    }
    if (!startsWith(body, "%PDF")) {
      ResponseCharsets.DecodedText decoded = ResponseCharsets.decode(body, null);
      long unreadable = decoded.text().chars().filter(c -> c == '\uFFFD').count();
      if (unreadable > 0) {
        warnings.add(
            file
                + ": "
                + unreadable
                + " characters are valid in no charset the page could be in (read as "
                + decoded.charset().name()
                + "; they show as \uFFFD): the file mixes encodings or was saved in another one");
      }
    }
    return warnings;
  }

  private static boolean startsWith(byte[] body, String ascii) {
    if (body.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (body[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }
}
