package com.catalysttracker.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal strings every match of a regular expression contains, read from the expression's top
 * level, so a page whose text lacks one of them is known not to match without running the regex.
 *
 * <p>Why: a definition's {@code regex:} selectors run over a whole page's text, and one that starts
 * with a lazy run such as {@code (\S+?公司)受\S+?委托} is tried from every character, each try scanning
 * on to the next space: Chinese text has few, so a page without 委托 cost as much as the rest of its
 * extraction (issue #6). A {@code String.contains} answers that in one pass.
 *
 * <p>Conservative by construction: only characters outside every group and class, not made optional
 * or repeatable by a quantifier, count; an alternation at the top level, inline flags (which may
 * turn on case-insensitive matching) or an escape this does not know give no literals at all. Fewer
 * literals only cost speed; a wrong one would lose a match.
 */
final class RequiredLiterals {

  private RequiredLiterals() {}

  /** The required literals of {@code regex} (compiled without flags), possibly none. */
  static List<String> of(String regex) {
    List<String> literals = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int n = regex.length();
    int i = 0;
    while (i < n) {
      char c = regex.charAt(i);
      switch (c) {
        case '|' -> {
          return List.of(); // either side may match: nothing is required
        }
        case '(' -> {
          if (i + 1 < n
              && regex.charAt(i + 1) == '?'
              && i + 2 < n
              && !isGroupKind(regex.charAt(i + 2))) {
            return List.of(); // inline flags, e.g. (?i): literals after them may match in any case
          }
          flush(run, literals);
          i = afterGroup(regex, i);
          if (i < 0) {
            return List.of();
          }
          continue;
        }
        case '[' -> {
          flush(run, literals);
          i = afterClass(regex, i);
          if (i < 0) {
            return List.of();
          }
          continue;
        }
        case '\\' -> {
          if (i + 1 >= n || !isKnownEscape(regex.charAt(i + 1))) {
            return List.of();
          }
          flush(run, literals);
          i += 2;
          continue;
        }
        case '?', '*', '+', '{' -> {
          // The quantifier makes the atom before it optional or repeatable: if that atom is the
          // run's last character, it is not part of a fixed literal.
          if (run.length() > 0 && lastAtomWasRunCharacter(regex, i)) {
            run.setLength(run.length() - 1);
          }
          flush(run, literals);
          i = afterQuantifier(regex, i);
          if (i < 0) {
            return List.of();
          }
          continue;
        }
        case '.', '^', '$', ')' -> flush(run, literals);
        default -> run.append(c);
      }
      i++;
    }
    flush(run, literals);
    return List.copyOf(literals);
  }

  private static void flush(StringBuilder run, List<String> literals) {
    if (run.length() > 0) {
      literals.add(run.toString());
      run.setLength(0);
    }
  }

  /**
   * After {@code (?}: {@code :} non-capturing, {@code =} / {@code !} / {@code <} lookaround or
   * name, {@code >} atomic.
   */
  private static boolean isGroupKind(char c) {
    return c == ':' || c == '=' || c == '!' || c == '<' || c == '>';
  }

  /**
   * Escapes of one character or a character class; a property, hex or unicode escape, a quote, a
   * backreference and the like give up.
   */
  private static boolean isKnownEscape(char c) {
    return "dDsSwWbBhHvVtnrfeR".indexOf(c) >= 0 || (!Character.isLetterOrDigit(c) && c < 128);
  }

  /**
   * Whether the character before the quantifier at {@code q} is a plain literal (not an escape,
   * class or group end).
   */
  private static boolean lastAtomWasRunCharacter(String regex, int q) {
    if (q == 0) {
      return false;
    }
    char before = regex.charAt(q - 1);
    if (before == ')' || before == ']' || before == '.') {
      return false;
    }
    // An escaped atom (\S) ended the run already; \\ before it means the backslash itself was
    // escaped.
    int backslashes = 0;
    for (int k = q - 2; k >= 0 && regex.charAt(k) == '\\'; k--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  private static int afterGroup(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = afterClass(regex, i) - 1;
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int afterClass(String regex, int open) {
    int first = regex.startsWith("[^", open) ? open + 2 : open + 1;
    if (first < regex.length() && regex.charAt(first) == ']') {
      return -1; // []…] or [^]…]: a leading ] is a literal there; rare enough to give up on
    }
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int afterQuantifier(String regex, int q) {
    int i = q;
    if (regex.charAt(i) == '{') {
      int close = regex.indexOf('}', i);
      if (close < 0) {
        return -1;
      }
      i = close + 1;
    } else {
      i++;
    }
    if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return i;
  }
}
