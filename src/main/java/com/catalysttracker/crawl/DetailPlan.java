package com.catalysttracker.crawl;

import java.util.List;
import java.util.Optional;

/**
 * Which requests fetch one document, in order: the page itself for HTML sites; an API answer and
 * what it points to (a PDF) for sites that need code. Picked by the definition's {@code
 * detail.adapter}.
 */
interface DetailPlan {

  /** The first request for the document at {@code canonicalUrl}. */
  FetchRequest first(String canonicalUrl);

  /** The next request, given the answers so far (in order); empty when the document is complete. */
  Optional<FetchRequest> next(String canonicalUrl, List<FetchResult> soFar);

  /**
   * The canonical URL of a listed link (ggzy lists the frame shell; the document is its content
   * page).
   */
  default String canonical(String listedUrl) {
    return listedUrl;
  }

  /**
   * Canonical URLs of other documents the fetched answers link to and no list shows (ggzy's shell
   * lists every notice of the project); the crawler fetches those it has not seen.
   */
  default List<String> related(String canonicalUrl, List<FetchResult> fetched) {
    return List.of();
  }

  /**
   * Why an answer is a block page served with status 200 (a WAF challenge where data should be), or
   * empty when it is not: the crawler then stops the run and indexes nothing.
   */
  default Optional<String> blocked(FetchResult answer) {
    return Optional.empty();
  }

  /**
   * The requests the site's structure needs for one document, the yardstick of {@code crawlers
   * bench}: a crawler that fetched nothing but documents would make this many per new one. An HTML
   * page is one; plans that need more say why.
   */
  default int requestsPerDocument() {
    return 1;
  }

  static DetailPlan of(String adapter) {
    return switch (adapter) {
      case "sgcc-ecp" -> new SgccEcpDetails();
      case "ndrc" -> new NdrcDetails();
      case "ggzy" -> new GgzyDetails();
      case "cebpubservice" -> new CebpubserviceDetails();
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
