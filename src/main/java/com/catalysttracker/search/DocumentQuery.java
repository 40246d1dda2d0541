package com.catalysttracker.search;

import org.jspecify.annotations.Nullable;

/**
 * One search request.
 *
 * @param text what the analyst typed (see {@link SearchQuery}); blank matches everything
 * @param after the {@link SearchResult#nextCursor()} of the previous page, for deep paging
 * @param aggregations whether to count per theme, month, province and the other facets
 */
public record DocumentQuery(
    String text,
    DocumentFilters filters,
    SortOrder sort,
    int size,
    @Nullable String after,
    boolean aggregations) {

  public static final int MAX_SIZE = 1000;

  public DocumentQuery {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size " + size + " must be between 0 and " + MAX_SIZE);
    }
  }

  public static DocumentQuery of(String text, int size) {
    return new DocumentQuery(text, DocumentFilters.NONE, SortOrder.RELEVANCE, size, null, false);
  }

  public DocumentQuery withAfter(@Nullable String cursor) {
    return new DocumentQuery(text, filters, sort, size, cursor, aggregations);
  }
}
