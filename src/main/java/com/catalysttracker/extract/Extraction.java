package com.catalysttracker.extract;

import com.catalysttracker.document.Document;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What extraction made of one fetched document.
 *
 * @param document the document, or null when a field it cannot do without (the title) is missing
 * @param missingRequired required fields (see the definition's {@code detail.required}) that came
 *     back empty: a sign the site changed its layout
 * @param notes how gaps were filled (e.g. the date taken from the URL), for logs
 */
public record Extraction(
    @Nullable Document document, List<String> missingRequired, List<String> notes) {

  public Extraction {
    missingRequired = List.copyOf(missingRequired);
    notes = List.copyOf(notes);
  }

  public Optional<Document> asOptional() {
    return Optional.ofNullable(document);
  }

  public boolean complete() {
    return document != null && missingRequired.isEmpty();
  }
}
