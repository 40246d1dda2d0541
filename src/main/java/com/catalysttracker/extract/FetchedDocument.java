package com.catalysttracker.extract;

import java.util.List;
import java.util.Objects;

/**
 * Everything fetched for one document: what {@link DocumentExtractor} turns into a Document,
 * whether it came from a crawl or from files saved by hand ({@code extract --url URL FILE…}).
 *
 * @param source crawler id, e.g. {@code ccgp}
 * @param canonicalUrl the real site's address a person would open (a {@code #/} route for
 *     single-page sites), never the local copy's
 * @param responses the responses in the order the crawler fetches them (e.g. an API answer, then
 *     its PDF); at least one
 */
public record FetchedDocument(String source, String canonicalUrl, List<FetchedResponse> responses) {

  public FetchedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    responses = List.copyOf(responses);
    if (responses.isEmpty()) {
      throw new IllegalArgumentException(
          "a fetched document needs at least one response: " + canonicalUrl);
    }
  }
}
