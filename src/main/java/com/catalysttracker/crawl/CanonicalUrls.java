package com.catalysttracker.crawl;

import com.catalysttracker.source.SourceDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Canonical URLs as the contract wants them: absolute, real, and in the site's own scheme for the
 * source's hosts (ccgp's search links say {@code http://www.ccgp.gov.cn/…}; the page is the {@code
 * https://} one). The fragment is kept: single-page sites' {@code #/} routes are canonical.
 */
final class CanonicalUrls {

  private CanonicalUrls() {}

  /** {@code link} resolved against {@code base}; null when it is not an http(s) link. */
  static @Nullable String canonical(SourceDefinition source, URI base, String link) {
    String l = link.strip();
    if (l.isEmpty() || l.startsWith("javascript:") || l.startsWith("mailto:")) {
      return null;
    }
    try {
      URI resolved = base.resolve(new URI(escape(l)));
      if (resolved.getScheme() == null || resolved.getHost() == null) {
        return null;
      }
      String scheme = resolved.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      String host = resolved.getHost().toLowerCase(Locale.ROOT);
      if (source.hosts().contains(host)) {
        scheme = source.scheme();
      }
      URI out =
          new URI(scheme, resolved.getRawAuthority().toLowerCase(Locale.ROOT), null, null, null);
      String path =
          resolved.getRawPath() == null || resolved.getRawPath().isEmpty()
              ? "/"
              : resolved.getRawPath();
      return out
          + path
          + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
          + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The URL to request for a canonical one: the fragment never reaches a server. */
  static URI fetchable(String canonical) {
    int hash = canonical.indexOf('#');
    return URI.create(escape(hash < 0 ? canonical : canonical.substring(0, hash)));
  }

  /** Spaces, Chinese and other unsafe characters percent-encoded (UTF-8), as browsers send them. */
  static String escape(String s) {
    // Called for every link and request: most need nothing, and String.format per byte showed in
    // crawl profiles.
    boolean clean = true;
    for (int i = 0; i < s.length() && clean; i++) {
      clean = !unsafe(s.charAt(i));
    }
    if (clean) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (unsafe(c)) {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean unsafe(int c) {
    return c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
        || c == '`' || c == '{' || c == '|' || c == '}';
  }
}
