package com.catalysttracker.search;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.IssuerLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a search. Within one list any value may match (OR); the lists and ranges all apply
 * together (AND). Values are compared as keywords, never parsed as query syntax.
 *
 * @param themes theme ids, e.g. {@code low-altitude}
 * @param provinces {@code region.province}, e.g. 江苏省
 * @param cities {@code region.city}, e.g. 南京市
 * @param sources crawler ids
 * @param publishedFrom first day included
 * @param publishedTo last day included
 * @param minYuan least money (the awarded amount, else the budget), inclusive
 * @param maxYuan most money, inclusive
 * @param listed stock codes or short names of listed companies among the winners
 * @param hasWinner true: only documents naming a winner; false: only those without
 */
public record DocumentFilters(
    List<String> themes,
    List<DocType> docTypes,
    List<IssuerLevel> issuerLevels,
    List<String> provinces,
    List<String> cities,
    List<String> sources,
    @Nullable LocalDate publishedFrom,
    @Nullable LocalDate publishedTo,
    @Nullable BigDecimal minYuan,
    @Nullable BigDecimal maxYuan,
    List<String> listed,
    @Nullable Boolean hasWinner) {

  public static final DocumentFilters NONE =
      new DocumentFilters(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
          List.of(), null);

  public DocumentFilters {
    themes = List.copyOf(themes);
    docTypes = List.copyOf(docTypes);
    issuerLevels = List.copyOf(issuerLevels);
    provinces = List.copyOf(provinces);
    cities = List.copyOf(cities);
    sources = List.copyOf(sources);
    listed = List.copyOf(listed);
  }
}
