package com.catalysttracker.rules;

import java.util.List;

/**
 * The document belongs to theme {@code id} ({@code name} in alerts, e.g. 低空经济); inserted by the
 * theme's rule file, read by the catalyst rules.
 */
public record Theme(String id, String name, List<String> terms) {
  public Theme {
    terms = List.copyOf(terms);
  }

  /** Tags the document with the theme of {@code match}, keeping the terms that matched. */
  public static Theme of(ThemeMatch match) {
    return new Theme(match.theme(), match.name(), match.terms());
  }

  public String getName() {
    return name;
  }

  public String getId() {
    return id;
  }
}
