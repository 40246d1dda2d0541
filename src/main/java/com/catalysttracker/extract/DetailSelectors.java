package com.catalysttracker.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source's detail-page selectors: for each field, the ordered fallbacks of its definition's
 * {@code detail:} section.
 *
 * @param selectors per field, in order (a field without selectors is absent)
 * @param required fields whose absence marks the page as broken (default title and published)
 * @param joinIssuers split a space-separated issuer list (国家发展改革委 国家能源局) and join it with 、 as the
 *     contract writes joint issuers
 */
public record DetailSelectors(
    Map<DetailField, List<FieldSelector>> selectors,
    Set<DetailField> required,
    boolean joinIssuers) {

  public static final Set<DetailField> DEFAULT_REQUIRED =
      Set.of(DetailField.TITLE, DetailField.PUBLISHED);

  public DetailSelectors {
    Map<DetailField, List<FieldSelector>> copy = new EnumMap<>(DetailField.class);
    selectors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    selectors = Map.copyOf(copy);
    required = Set.copyOf(required);
  }

  public static DetailSelectors none() {
    return new DetailSelectors(Map.of(), DEFAULT_REQUIRED, false);
  }

  public List<FieldSelector> of(DetailField field) {
    return selectors.getOrDefault(field, List.of());
  }
}
