package com.catalysttracker.web;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.search.DocumentFilters;
import com.catalysttracker.search.DocumentQuery;
import com.catalysttracker.search.SortOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the search URL's parameters (the same for the API, the exports and the page's bookmarked
 * URL). A parameter may repeat, or hold comma-separated values; a bad value names the parameter.
 */
final class SearchParams {
  private SearchParams() {}

  static DocumentQuery read(MultiValueMap<String, String> given, int defaultSize) {
    Params params = new Params(given);
    DocumentFilters filters =
        new DocumentFilters(
            list(params, "theme", s -> s),
            list(params, "doc_type", s -> parse("doc_type", s, DocType::fromWireName)),
            list(params, "issuer_level", s -> parse("issuer_level", s, IssuerLevel::fromWireName)),
            list(params, "province", s -> s),
            list(params, "city", s -> s),
            list(params, "source", s -> s),
            date(params, "from"),
            date(params, "to"),
            money(params, "min_yuan"),
            money(params, "max_yuan"),
            list(params, "listed", s -> s),
            bool(params, "has_winner"));
    String sortName = one(params, "sort");
    SortOrder sort =
        sortName == null ? SortOrder.RELEVANCE : parse("sort", sortName, SortOrder::fromWireName);
    String sizeText = one(params, "size");
    int size = sizeText == null ? defaultSize : parse("size", sizeText, Integer::parseInt);
    if (size < 0 || size > DocumentQuery.MAX_SIZE) {
      throw new IllegalArgumentException(
          "size " + size + " must be between 0 and " + DocumentQuery.MAX_SIZE);
    }
    String q = one(params, "q");
    DocumentQuery query =
        new DocumentQuery(
            q == null ? "" : q,
            filters,
            sort,
            size,
            one(params, "search_after"),
            Boolean.TRUE.equals(bool(params, "aggs")),
            Boolean.TRUE.equals(bool(params, "theme_months")));
    params.refuseUnknown();
    return query;
  }

  /**
   * The URL's parameters, remembering which names the search asked for: a misspelt filter ({@code
   * ?thme=power-it}) would otherwise be dropped and the analyst shown everything.
   */
  private static final class Params {
    private final MultiValueMap<String, String> values;
    private final Set<String> asked = new LinkedHashSet<>();

    Params(MultiValueMap<String, String> values) {
      this.values = values;
    }

    List<String> all(String name) {
      asked.add(name);
      return values.getOrDefault(name, List.of());
    }

    @Nullable String first(String name) {
      List<String> found = all(name);
      return found.isEmpty() ? null : found.get(0);
    }

    void refuseUnknown() {
      Set<String> unknown = new TreeSet<>(values.keySet());
      unknown.removeAll(asked);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown parameter"
                + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown)
                + ": the search reads "
                + String.join(", ", asked));
      }
    }
  }

  private static @Nullable String one(Params params, String name) {
    String value = params.first(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <T> List<T> list(Params params, String name, Function<String, T> parser) {
    List<T> values = new ArrayList<>();
    for (String value : params.all(name)) {
      for (String part : value.split("[,，]")) {
        if (!part.isBlank()) {
          values.add(parser.apply(part.strip()));
        }
      }
    }
    return values;
  }

  private static @Nullable LocalDate date(Params params, String name) {
    String value = one(params, name);
    return value == null ? null : parse(name, value, LocalDate::parse);
  }

  private static @Nullable BigDecimal money(Params params, String name) {
    String value = one(params, name);
    return value == null ? null : parse(name, value, BigDecimal::new);
  }

  private static @Nullable Boolean bool(Params params, String name) {
    String value = one(params, name);
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new IllegalArgumentException(name + "=" + value + ": use true or false");
    };
  }

  private static <T> T parse(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      String hint =
          switch (name) {
            case "from", "to" -> "use a date like 2024-05-31";
            case "min_yuan", "max_yuan" -> "use a number of yuan like 10000000";
            case "size" -> "use a whole number";
            default -> e.getMessage();
          };
      throw new IllegalArgumentException(name + "=" + value + ": " + hint, e);
    }
  }
}
