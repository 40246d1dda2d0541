package com.catalysttracker.rules;

import java.util.List;

/**
 * A theme whose vocabulary the document mentions and none of whose exclusion words it mentions. A
 * theme's rule file decides whether this is enough to tag the document (it inserts a {@link
 * Theme}).
 */
public record ThemeMatch(String theme, String name, List<String> terms) {
  public ThemeMatch {
    terms = List.copyOf(terms);
  }

  public String getTheme() {
    return theme;
  }

  public List<String> getTerms() {
    return terms;
  }

  /** How many distinct terms of the theme the document mentions. */
  public int getCount() {
    return terms.size();
  }
}
