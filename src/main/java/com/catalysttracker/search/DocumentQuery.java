package com.catalysttracker.search;

import org.jspecify.annotations.Nullable;

/**
 * One search request.
 *
 * @param text what the analyst typed (see {@link SearchQuery}); blank matches everything
 * @param after the {@link SearchResult#nextCursor()} of the previous page, for deep paging
 * @param aggregations whether to count per theme, month, province and the other facets
 * @param themeMonths with {@code aggregations}, each theme's months too (the dashboard's charts): a
 *     date histogram inside every theme bucket, which the search page does not show and which cost
 *     about as much as the other facets together
 */
public record DocumentQuery(
    String text,
    DocumentFilters filters,
    SortOrder sort,
    int size,
    @Nullable String after,
    boolean aggregations,
    boolean themeMonths) {

  public static final int MAX_SIZE = 1000;

  public DocumentQuery {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size " + size + " must be between 0 and " + MAX_SIZE);
    }
  }

  /** A search with the facets or without, and no per-theme months. */
  public DocumentQuery(
      String text,
      DocumentFilters filters,
      SortOrder sort,
      int size,
      @Nullable String after,
      boolean aggregations) {
    this(text, filters, sort, size, after, aggregations, false);
  }

  public static DocumentQuery of(String text, int size) {
    return new DocumentQuery(text, DocumentFilters.NONE, SortOrder.RELEVANCE, size, null, false);
  }

  public DocumentQuery withAfter(@Nullable String cursor) {
    return new DocumentQuery(text, filters, sort, size, cursor, aggregations, themeMonths);
  }
}
