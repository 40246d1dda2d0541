package com.catalysttracker.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.util.NamedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facets analysts read beside a search: count and total money per value. */
final class DocumentAggregations {
  private static final String AMOUNT = "amount";
  private static final String THEMES = "themes";
  private static final String MONTHS = "months";

  /** Facet name to the keyword field it counts, in the order the UI shows them. */
  private static final Map<String, String> TERMS = new LinkedHashMap<>();

  static {
    TERMS.put(THEMES, "themes");
    TERMS.put("doc_types", "doc_type");
    TERMS.put("issuer_levels", "issuer_level");
    TERMS.put("provinces", "region.province");
    TERMS.put("sources", "source");
    TERMS.put("listed", "winners.listed.name");
    TERMS.put("winners", "winners.name.keyword");
  }

  /**
   * Companies rank by money won, not by how many notices name them: a 1亿 award outweighs ten small
   * ones.
   */
  private static final Set<String> BY_AMOUNT = Set.of("listed", "winners");

  private static final int TERMS_SIZE = 40;

  private DocumentAggregations() {}

  static Map<String, Aggregation> requests(boolean themeMonths) {
    Map<String, Aggregation> requests = new LinkedHashMap<>();
    Aggregation sum = Aggregation.of(a -> a.sum(s -> s.field(DocumentSearch.MONEY)));
    Aggregation months = months(sum);
    TERMS.forEach(
        (name, field) ->
            requests.put(
                name,
                Aggregation.of(
                    a -> {
                      a.terms(
                              t -> {
                                t.field(field).size(TERMS_SIZE);
                                if (BY_AMOUNT.contains(name)) {
                                  t.order(NamedValue.of(AMOUNT, SortOrder.Desc));
                                }
                                return t;
                              })
                          .aggregations(AMOUNT, sum);
                      // The dashboard charts each theme by month: one request instead of one per
                      // theme.
                      if (themeMonths && name.equals(THEMES)) {
                        a.aggregations(MONTHS, months);
                      }
                      return a;
                    })));
    requests.put(MONTHS, months);
    return requests;
  }

  private static Aggregation months(Aggregation sum) {
    return Aggregation.of(
        a ->
            a.dateHistogram(
                    d ->
                        d.field("published")
                            .calendarInterval(CalendarInterval.Month)
                            .format("yyyy-MM")
                            .minDocCount(1))
                .aggregations(AMOUNT, sum));
  }

  /** Each theme's months, from the date histogram inside the themes facet. */
  static Map<String, List<SearchResult.Bucket>> readThemeMonths(Map<String, Aggregate> aggregates) {
    Aggregate themes = aggregates.get(THEMES);
    Map<String, List<SearchResult.Bucket>> byTheme = new LinkedHashMap<>();
    if (themes == null || !themes.isSterms()) {
      return byTheme;
    }
    for (StringTermsBucket theme : themes.sterms().buckets().array()) {
      byTheme.put(theme.key().stringValue(), months(theme.aggregations().get(MONTHS)));
    }
    return byTheme;
  }

  private static List<SearchResult.Bucket> months(Aggregate months) {
    return months == null || !months.isDateHistogram()
        ? List.of()
        : months.dateHistogram().buckets().array().stream()
            .map(DocumentAggregations::bucket)
            .toList();
  }

  static Map<String, List<SearchResult.Bucket>> read(Map<String, Aggregate> aggregates) {
    Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
    for (String name : TERMS.keySet()) {
      Aggregate aggregate = aggregates.get(name);
      if (aggregate == null || !aggregate.isSterms()) {
        facets.put(name, List.of());
        continue;
      }
      facets.put(
          name,
          aggregate.sterms().buckets().array().stream().map(DocumentAggregations::bucket).toList());
    }
    facets.put(MONTHS, months(aggregates.get(MONTHS)));
    return facets;
  }

  private static SearchResult.Bucket bucket(StringTermsBucket bucket) {
    return new SearchResult.Bucket(
        bucket.key().stringValue(), bucket.docCount(), amount(bucket.aggregations()));
  }

  private static SearchResult.Bucket bucket(DateHistogramBucket bucket) {
    String key = bucket.keyAsString() != null ? bucket.keyAsString() : Long.toString(bucket.key());
    return new SearchResult.Bucket(key, bucket.docCount(), amount(bucket.aggregations()));
  }

  /** Sums of yuan come back as doubles; cents are all an analyst reads. */
  private static BigDecimal amount(Map<String, Aggregate> sub) {
    Aggregate sum = sub.get(AMOUNT);
    if (sum == null || !sum.isSum()) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(sum.sum().value()).setScale(2, RoundingMode.HALF_UP);
  }
}
