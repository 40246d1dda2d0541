package com.catalysttracker.crawl;

import java.util.List;
import java.util.Optional;

/**
 * Which requests fetch one document, in order: the page itself for HTML sites; an API answer
 * and what it points to (a PDF) for sites that need code. Picked by the definition's
 * {@code detail.adapter}.
 */
interface DetailPlan {

  /** The first request for the document at {@code canonicalUrl}. */
  FetchRequest first(String canonicalUrl);

  /** The next request, given the answers so far (in order); empty when the document is complete. */
  Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar);

  static DetailPlan of(String adapter) {
    return switch (adapter) {
      case "sgcc-ecp" -> new SgccEcpDetails();
      case "ndrc" -> new NdrcDetails();
      default -> new PageDetails();
    };
  }

  /** An HTML site: the canonical URL is the page (fragment dropped). */
  final class PageDetails implements DetailPlan {
    @Override
    public FetchRequest first(String canonicalUrl) {
      return FetchRequest.get(CanonicalUrls.fetchable(canonicalUrl));
    }

    @Override
    public Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar) {
      return Optional.empty();
    }
  }
}
