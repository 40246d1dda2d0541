package com.catalysttracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an analyst typed, parsed: quoted parts are exact phrases, everything else is terms, and all
 * of them must match (AND). Nothing typed ever reaches Elasticsearch as query syntax.
 *
 * @param phrases exact substrings, from {@code "..."} or {@code “...”}
 * @param terms whitespace-separated terms outside quotes
 */
public record SearchQuery(List<String> phrases, List<String> terms) {
  private static final Pattern QUOTED = Pattern.compile("[\"“”「」]([^\"“”「」]+)[\"“”「」]");

  public SearchQuery {
    phrases = List.copyOf(phrases);
    terms = List.copyOf(terms);
  }

  public static SearchQuery parse(String input) {
    List<String> phrases = new ArrayList<>();
    Matcher matcher = QUOTED.matcher(input);
    StringBuilder rest = new StringBuilder();
    while (matcher.find()) {
      String phrase = matcher.group(1).strip();
      if (!phrase.isEmpty()) {
        phrases.add(phrase);
      }
      matcher.appendReplacement(rest, " ");
    }
    matcher.appendTail(rest);
    List<String> terms = new ArrayList<>();
    for (String term : rest.toString().replace('"', ' ').split("[\\s\u3000]+")) {
      if (!term.isBlank()) {
        terms.add(term.strip());
      }
    }
    return new SearchQuery(phrases, terms);
  }

  public boolean isEmpty() {
    return phrases.isEmpty() && terms.isEmpty();
  }
}
