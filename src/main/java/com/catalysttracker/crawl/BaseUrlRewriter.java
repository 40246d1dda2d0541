package com.catalysttracker.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps a source's real URLs to a local copy of the site and back, for {@code --base-url}: {@code
 * https://www.ccgp.gov.cn/cggg/dfgg/} ↔ {@code http://127.0.0.1:PORT/www.ccgp.gov.cn/cggg/dfgg/}.
 * Only the source's own hosts are rewritten, so a link elsewhere never reaches the local server by
 * accident; everything the crawler keeps (canonical URLs, seen_at) stays real.
 */
public final class BaseUrlRewriter {

  private final @Nullable URI base;
  private final String basePrefix;
  private final Set<String> hosts;
  private final String realScheme;

  private BaseUrlRewriter(@Nullable URI base, Set<String> hosts, String realScheme) {
    this.base = base;
    String b = base == null ? "" : base.toString();
    this.basePrefix = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.hosts =
        hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    this.realScheme = realScheme;
  }

  /** No local copy: every URL is fetched as it is. */
  public static BaseUrlRewriter identity() {
    return new BaseUrlRewriter(null, Set.of(), "https");
  }

  /**
   * Rewrites {@code hosts} to {@code baseUrl}; local URLs map back to {@code realScheme} (the
   * site's own: {@code https}, or {@code http} for http-only sites).
   */
  public static BaseUrlRewriter to(URI baseUrl, Set<String> hosts, String realScheme) {
    String scheme = baseUrl.getScheme();
    if (scheme == null
        || !(scheme.equals("http") || scheme.equals("https"))
        || baseUrl.getRawAuthority() == null) {
      throw new IllegalArgumentException(
          "--base-url must be an absolute http URL such as http://127.0.0.1:8000, was " + baseUrl);
    }
    if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "--base-url must not carry a query or fragment, was " + baseUrl);
    }
    return new BaseUrlRewriter(baseUrl, hosts, realScheme);
  }

  /**
   * The address to request for a real URL; unchanged when there is no base or the host is not the
   * source's.
   */
  public URI toLocal(URI real) {
    if (base == null
        || real.getHost() == null
        || !hosts.contains(real.getHost().toLowerCase(Locale.ROOT))) {
      return real;
    }
    String path =
        real.getRawPath() == null || real.getRawPath().isEmpty() ? "/" : real.getRawPath();
    String query = real.getRawQuery() == null ? "" : "?" + real.getRawQuery();
    return URI.create(
        basePrefix + "/" + real.getRawAuthority().toLowerCase(Locale.ROOT) + path + query);
  }

  /** Whether a URL points into the local copy (e.g. an absolute Location the local server sent). */
  public boolean isLocal(URI url) {
    return base != null && url.toString().startsWith(basePrefix + "/");
  }

  /** The real URL of a local one, any host; URLs outside the local copy come back unchanged. */
  public URI toReal(URI local) {
    if (!isLocal(local)) {
      return local;
    }
    String rest = local.toString().substring(basePrefix.length() + 1);
    int slash = rest.indexOf('/');
    int query = rest.indexOf('?');
    int cut = slash >= 0 && (query < 0 || slash < query) ? slash : query;
    String authority = cut < 0 ? rest : rest.substring(0, cut);
    String tail = cut < 0 ? "/" : rest.substring(cut);
    return URI.create(realScheme + "://" + authority + (tail.startsWith("?") ? "/" + tail : tail));
  }
}
