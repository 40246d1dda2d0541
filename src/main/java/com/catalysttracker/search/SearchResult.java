package com.catalysttracker.search;

import com.catalysttracker.document.Document;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the total number of matches, the cursor for the next page and the facet counts.
 *
 * @param nextCursor pass as {@link DocumentQuery#after()} for the next page; null on the last page
 * @param aggregations facet name ({@code themes}, {@code months}, {@code provinces}, {@code
 *     doc_types}, {@code issuer_levels}, {@code sources}, {@code listed}, {@code winners}) to
 *     buckets; empty when not asked for
 * @param themeMonths theme to its monthly buckets (the months facet within each theme), for
 *     per-theme charts from one request; empty when aggregations were not asked for
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    @Nullable String nextCursor,
    Map<String, List<Bucket>> aggregations,
    Map<String, List<Bucket>> themeMonths) {

  public SearchResult {
    hits = List.copyOf(hits);
    aggregations = Map.copyOf(aggregations);
    themeMonths = Map.copyOf(themeMonths);
  }

  /** A result without per-theme months. */
  public SearchResult(
      long total,
      List<Hit> hits,
      @Nullable String nextCursor,
      Map<String, List<Bucket>> aggregations) {
    this(total, hits, nextCursor, aggregations, Map.of());
  }

  /**
   * One hit with its highlighted fragments by field ({@code title}, {@code project_name}, {@code
   * text}).
   */
  public record Hit(
      String id, double score, Document document, Map<String, List<Snippet>> highlights) {
    public Hit {
      highlights = Map.copyOf(highlights);
    }
  }

  /** A highlighted fragment as plain-text parts, so no markup from crawled text is ever trusted. */
  public record Snippet(List<Part> parts) {
    public Snippet {
      parts = List.copyOf(parts);
    }

    public String text() {
      StringBuilder text = new StringBuilder();
      parts.forEach(p -> text.append(p.text()));
      return text.toString();
    }
  }

  /** A run of text; {@code match} marks the words that matched the query. */
  public record Part(String text, boolean match) {}

  /** A facet value: how many documents and their total money in yuan. */
  public record Bucket(String key, long count, BigDecimal amountYuan) {}
}
