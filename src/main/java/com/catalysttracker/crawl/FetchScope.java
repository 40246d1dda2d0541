package com.catalysttracker.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The hosts one source may be fetched from, and where they are served from under {@code
 * --base-url}. Requests and redirects to any other host are refused.
 *
 * @param sourceId crawler id, e.g. {@code ccgp}, named in errors
 * @param allowedHosts host names (no port) of the source, lower case
 * @param scheme the real site's scheme, used to map local URLs back ({@code https} or {@code http})
 * @param baseUrl local copy of the site, or null to fetch the real site
 * @param blockMarkers text of the source's block pages and challenges (its lists' and detail's
 *     {@code block-markers}): an error status whose body shows one is a block, not server trouble,
 *     so it is not retried (retrying a challenge only hardens the site's view of us)
 */
public record FetchScope(
    String sourceId,
    Set<String> allowedHosts,
    String scheme,
    @Nullable URI baseUrl,
    List<String> blockMarkers) {

  public FetchScope {
    Objects.requireNonNull(sourceId, "sourceId");
    allowedHosts =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    if (allowedHosts.isEmpty()) {
      throw new IllegalArgumentException("Source '" + sourceId + "' names no hosts to fetch from");
    }
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          "Source '" + sourceId + "': scheme must be http or https, was " + scheme);
    }
    blockMarkers = List.copyOf(blockMarkers);
  }

  /** A source on the real sites over https. */
  public static FetchScope of(String sourceId, Set<String> allowedHosts) {
    return new FetchScope(sourceId, allowedHosts, "https", null, List.of());
  }

  /** The same source served from a local copy at {@code base} (real scheme {@code realScheme}). */
  public FetchScope withBaseUrl(URI base, String realScheme) {
    return new FetchScope(sourceId, allowedHosts, realScheme, base, blockMarkers);
  }

  /** The first of the source's block markers {@code text} shows, if any. */
  Optional<String> blockMarkerIn(String text) {
    return blockMarkers.stream().filter(text::contains).findFirst();
  }

  public boolean allows(URI url) {
    return url.getHost() != null && allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  BaseUrlRewriter rewriter() {
    return baseUrl == null
        ? BaseUrlRewriter.identity()
        : BaseUrlRewriter.to(baseUrl, allowedHosts, scheme);
  }
}
