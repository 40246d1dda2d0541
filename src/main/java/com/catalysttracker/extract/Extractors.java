package com.catalysttracker.extract;

import java.nio.charset.Charset;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Picks a source's extractor: a named adapter for sites that need code, else its detail selectors.
 */
public final class Extractors {

  /** Adapter names a definition's {@code detail.adapter} may give. */
  public static final Set<String> ADAPTERS =
      Set.of("html", "sgcc-ecp", "ndrc", "ggzy", "cebpubservice");

  /**
   * Adapters whose documents are read with the definition's detail selectors (ggzy: only its
   * fetching needs code; ndrc: only its drafts).
   */
  public static final Set<String> SELECTOR_ADAPTERS = Set.of("html", "ggzy", "ndrc");

  private final ReferenceData reference;

  public Extractors(ReferenceData reference) {
    this.reference = reference;
  }

  public DocumentExtractor forSource(
      String adapter, SourceKind kind, DetailSelectors selectors, @Nullable Charset encoding) {
    return switch (adapter) {
      case "sgcc-ecp" -> new SgccEcpExtractor(reference);
      case "ndrc" ->
          new NdrcDraftExtractor(
              new HtmlDocumentExtractor(kind, selectors, encoding, reference), reference);
      case "html", "ggzy" -> new HtmlDocumentExtractor(kind, selectors, encoding, reference);
      case "cebpubservice" -> new CebpubserviceExtractor(reference);
      default ->
          throw new IllegalArgumentException(
              "unknown detail adapter '" + adapter + "'; known: " + ADAPTERS);
    };
  }
}
