package com.catalysttracker.alert;

import java.util.List;

/**
 * Why an alert fired, so an analyst can check it without reading the rules.
 *
 * @param themeName the theme's name in alerts, e.g. 车路云 (its vocabulary's {@code @name})
 * @param file the rule file, relative to the rules folder
 * @param line the line of the {@code rule} statement
 * @param matchedTerms the theme vocabulary the document mentions
 * @param thresholds thresholds the document crossed, e.g. {@code money.high = 100000000 元}
 */
public record Explanation(
    String themeName,
    String file,
    int line,
    List<String> matchedTerms,
    List<String> thresholds,
    List<Evidence> evidence) {
  public Explanation {
    matchedTerms = List.copyOf(matchedTerms);
    thresholds = List.copyOf(thresholds);
    evidence = List.copyOf(evidence);
  }
}
