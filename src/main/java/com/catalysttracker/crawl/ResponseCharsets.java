package com.catalysttracker.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Decodes what a Chinese government site sent, whatever it claims. Public so the extract command
 * can decode saved responses the same way the crawler does.
 *
 * <p>Order: a byte-order mark wins; then bytes that are valid UTF-8 are UTF-8 (GBK text almost
 * never is, while UTF-8 text usually "decodes" as GBK into garbage, so validity is the stronger
 * signal than a header or meta tag that may be wrong); then the header charset, then the meta or
 * XML declaration, each only if the bytes decode cleanly in it; then GB18030, the superset of
 * GB2312 and GBK that covers what such sites send when they declare nothing or the wrong thing.
 */
public final class ResponseCharsets {

  /** How the charset was chosen, for logs and tests. */
  public enum Source {
    BOM,
    VALID_UTF8,
    HEADER,
    META,
    GB18030_FALLBACK,
    /** Valid in no candidate charset; UTF-8 lost the fewest characters. */
    MOSTLY_UTF8
  }

  /**
   * @param text the decoded text (without a byte-order mark)
   * @param charset the charset used
   * @param source why that charset
   */
  public record DecodedText(String text, Charset charset, Source source) {}

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s;\"',]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  // Chinese portals put long script blocks before the meta tag; look further than WHATWG's 1024.
  private static final int META_SCAN_BYTES = 16 * 1024;

  private ResponseCharsets() {}

  /** Whether a Content-Type names text worth decoding (HTML, XML, JSON, JavaScript, plain text). */
  public static boolean isTextual(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return type.startsWith("text/")
        || type.endsWith("/json")
        || type.endsWith("+json")
        || type.endsWith("/xml")
        || type.endsWith("+xml")
        || type.endsWith("/javascript")
        || type.endsWith("/x-javascript")
        || type.equals("application/ecmascript");
  }

  /**
   * Decodes {@code body} as described above; {@code contentType} is the header as sent, or null.
   */
  public static DecodedText decode(byte[] body, @Nullable String contentType) {
    DecodedText bom = fromBom(body);
    if (bom != null) {
      return bom;
    }
    String utf8 = strict(body, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new DecodedText(utf8, StandardCharsets.UTF_8, Source.VALID_UTF8);
    }
    Charset header = charsetNamed(headerCharset(contentType));
    String fromHeader = header == null ? null : strict(body, header);
    if (fromHeader != null && !isSingleByteWestern(header)) {
      return new DecodedText(fromHeader, header, Source.HEADER);
    }
    Charset meta = charsetNamed(metaCharset(body));
    String fromMeta = meta == null ? null : strict(body, meta);
    if (fromMeta != null && !isSingleByteWestern(meta)) {
      return new DecodedText(fromMeta, meta, Source.META);
    }
    // Latin-1 "decodes" any bytes, so a Western declaration on non-UTF-8 bytes is only believed
    // when GB18030 cannot read them either.
    String gb = strict(body, GB18030);
    if (gb != null) {
      return new DecodedText(gb, GB18030, Source.GB18030_FALLBACK);
    }
    if (fromHeader != null) {
      return new DecodedText(fromHeader, header, Source.HEADER);
    }
    if (fromMeta != null) {
      return new DecodedText(fromMeta, meta, Source.META);
    }
    // No charset reads every byte: a few stray bytes in a UTF-8 page (a cut multi-byte character, a
    // pasted fragment) must not turn the whole page into GB18030 garbage, so the lenient decoding
    // that loses the fewest characters wins, GB18030 on a tie as before.
    String gbLenient = new String(body, GB18030);
    String utf8Lenient = new String(body, StandardCharsets.UTF_8);
    if (replacements(utf8Lenient) < replacements(gbLenient)) {
      return new DecodedText(utf8Lenient, StandardCharsets.UTF_8, Source.MOSTLY_UTF8);
    }
    return new DecodedText(gbLenient, GB18030, Source.GB18030_FALLBACK);
  }

  private static long replacements(String text) {
    return text.chars().filter(c -> c == '\uFFFD').count();
  }

  /** {@code body} decoded in {@code charset}, or empty when some bytes are not valid in it. */
  public static java.util.Optional<String> decodeStrictly(byte[] body, Charset charset) {
    return java.util.Optional.ofNullable(strict(body, charset));
  }

  /** The charset parameter of a Content-Type header, or null. */
  static @Nullable String headerCharset(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The charset a page declares in its head ({@code <meta charset>}, http-equiv, or XML
   * declaration).
   */
  static @Nullable String metaCharset(byte[] body) {
    // ISO-8859-1 maps bytes 1:1, so the ASCII markup reads right whatever the real encoding.
    String head =
        new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    // Every declaration that names a charset has the word in it (<meta charset>, content="…;
    // charset=…"): without it there is nothing to parse, and with it only the head up to the tag
    // of its last occurrence is (a prefix parses to the same elements; later ones cannot declare).
    int last = lastIndexOfIgnoreCase(head, "charset");
    if (last < 0) {
      return null;
    }
    int end = head.indexOf('>', last);
    for (Element meta : Jsoup.parse(end < 0 ? head : head.substring(0, end + 1)).select("meta")) {
      if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
        return meta.attr("charset").strip();
      }
      if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
        String declared = headerCharset(meta.attr("content"));
        if (declared != null) {
          return declared;
        }
      }
    }
    return null;
  }

  private static int lastIndexOfIgnoreCase(String text, String word) {
    for (int i = text.length() - word.length(); i >= 0; i--) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The JDK charset for a declared name, widening GB2312 and GBK to GB18030; null if unknown. */
  static @Nullable Charset charsetNamed(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Sites that say GB2312 routinely send GBK-only characters (e.g. 镕, 喆); GB18030 reads all.
    if (n.equals("gb2312")
        || n.equals("gbk")
        || n.equals("x-gbk")
        || n.equals("cp936")
        || n.equals("gb_2312-80")
        || n.equals("euc-cn")) {
      return GB18030;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static @Nullable DecodedText fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new DecodedText(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          Source.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new DecodedText(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          Source.BOM);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new DecodedText(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          Source.BOM);
    }
    return null;
  }

  private static @Nullable String strict(byte[] body, Charset charset) {
    // new String(…) is far faster than a reporting decoder (ASCII fast paths, one copy instead of a
    // CharBuffer and its toString; every page goes through here) and puts U+FFFD where bytes are
    // malformed or unmappable: text without it is exactly what the strict decoder returns. Only a
    // page with U+FFFD (a lost byte, or a real U+FFFD character) is decoded again strictly.
    String lenient = new String(body, charset);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isSingleByteWestern(Charset c) {
    String n = c.name();
    return n.equals("ISO-8859-1") || n.equals("US-ASCII") || n.equals("windows-1252");
  }
}
