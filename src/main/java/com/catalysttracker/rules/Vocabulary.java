package com.catalysttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A theme's vocabulary from {@code rules/<theme>.vocab}: an optional {@code @name 低空经济} line (the
 * theme's name in alerts), one term per line, then an optional {@code [exclude]} section whose
 * terms keep a document out of the theme (a 数据中心机房空调 purchase is not 数据要素). Latin letters match
 * case-insensitively, so terms are kept lower-cased.
 */
record Vocabulary(
    String theme, String name, Path file, List<String> terms, List<String> exclusions) {
  static final String EXTENSION = ".vocab";
  private static final String EXCLUDE_SECTION = "[exclude]";
  private static final String NAME_DIRECTIVE = "@name ";

  Vocabulary {
    terms = List.copyOf(terms);
    exclusions = List.copyOf(exclusions);
  }

  /** The theme id a vocabulary file names: its file name without {@code .vocab}. */
  static String themeOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - EXTENSION.length());
  }

  /** Reads one vocabulary file; problems are added to {@code problems} with their line. */
  static Vocabulary read(Path file, String displayPath, List<RuleProblem> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + displayPath, e);
    }
    Set<String> terms = new LinkedHashSet<>();
    Set<String> exclusions = new LinkedHashSet<>();
    Set<String> current = terms;
    String name = themeOf(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(NAME_DIRECTIVE)) {
        name = line.substring(NAME_DIRECTIVE.length()).strip();
        continue;
      }
      if (line.startsWith("[")) {
        if (line.equalsIgnoreCase(EXCLUDE_SECTION) && current == terms) {
          current = exclusions;
        } else {
          problems.add(
              new RuleProblem(
                  displayPath,
                  i + 1,
                  1,
                  "unknown section '"
                      + line
                      + "': a vocabulary has its terms, then one optional [exclude] section"));
        }
        continue;
      }
      String term = normalize(line);
      if (!current.add(term)) {
        problems.add(
            new RuleProblem(displayPath, i + 1, 1, "'" + line + "' is listed twice; remove one"));
      }
    }
    if (terms.isEmpty()) {
      problems.add(
          new RuleProblem(
              displayPath,
              1,
              1,
              "no terms: list the theme's words one per line before any [exclude] section"));
    }
    return new Vocabulary(
        themeOf(file), name, file, new ArrayList<>(terms), new ArrayList<>(exclusions));
  }

  /**
   * Terms and page text are compared with Latin letters lower-cased, so RSU matches rsu and eVTOL
   * matches EVTOL. Only A-Z (and full-width Ａ-Ｚ) change: {@code toLowerCase} over a page of Chinese
   * costs more than finding every term in it.
   */
  static String normalize(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower =
          c >= 'A' && c <= 'Z'
              ? (char) (c + 32)
              : c >= 'Ａ' && c <= 'Ｚ' ? (char) (c - 'Ａ' + 'a') : c;
      if (lower != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = lower;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
