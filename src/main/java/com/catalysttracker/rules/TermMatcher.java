package com.catalysttracker.rules;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds every vocabulary term of every theme in one pass over a text (Aho-Corasick), so the cost
 * per document does not grow with the number of keyword rules. Immutable and thread-safe.
 */
final class TermMatcher {
  /** A term and the themes that list it, as a term or as an exclusion. */
  private record Entry(String term, List<String> themes, List<String> excludingThemes) {}

  private final AhoCorasickDoubleArrayTrie<Entry> trie;
  private final boolean empty;
  private final Map<String, String> names = new LinkedHashMap<>();

  TermMatcher(List<Vocabulary> vocabularies) {
    Map<String, List<String>> themesByTerm = new LinkedHashMap<>();
    Map<String, List<String>> excludingByTerm = new LinkedHashMap<>();
    for (Vocabulary vocabulary : vocabularies) {
      names.put(vocabulary.theme(), vocabulary.name());
      for (String term : vocabulary.terms()) {
        themesByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(vocabulary.theme());
      }
      for (String term : vocabulary.exclusions()) {
        excludingByTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(vocabulary.theme());
      }
    }
    TreeMap<String, Entry> entries = new TreeMap<>();
    Set<String> all = new LinkedHashSet<>(themesByTerm.keySet());
    all.addAll(excludingByTerm.keySet());
    for (String term : all) {
      entries.put(
          term,
          new Entry(
              term,
              themesByTerm.getOrDefault(term, List.of()),
              excludingByTerm.getOrDefault(term, List.of())));
    }
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    this.empty = entries.isEmpty();
    if (!empty) {
      trie.build(entries);
    }
  }

  /** The theme's name in alerts (its {@code @name}), or the id when it has none. */
  String nameOf(String theme) {
    return names.getOrDefault(theme, theme);
  }

  /** What a text mentions: every term found, and per theme its terms and exclusions found. */
  record Matches(
      Set<String> terms,
      Map<String, List<String>> themeTerms,
      Map<String, List<String>> themeExclusions) {}

  Matches match(String text) {
    Set<String> terms = new LinkedHashSet<>();
    Map<String, Set<String>> themeTerms = new LinkedHashMap<>();
    Map<String, Set<String>> themeExclusions = new LinkedHashMap<>();
    if (!empty) {
      trie.parseText(
          Vocabulary.normalize(text),
          (begin, end, entry) -> {
            if (!entry.themes().isEmpty()) {
              terms.add(entry.term());
            }
            for (String theme : entry.themes()) {
              themeTerms.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(entry.term());
            }
            for (String theme : entry.excludingThemes()) {
              themeExclusions.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(entry.term());
            }
          });
    }
    return new Matches(terms, copy(themeTerms), copy(themeExclusions));
  }

  private static Map<String, List<String>> copy(Map<String, Set<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }
}
