package com.catalysttracker.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads 发文字号 such as 国数政策〔2024〕31号, 工信部联通装〔2023〕217号, 交通运输部令2024年第1号 and 国务院 中央军委令第761号, written
 * with 〔〕, [], （）, 【】 or 〖〗 and stray spaces, and gives them as the answer keys print them: year in
 * 〔〕, no spaces except between two issuers' names.
 *
 * <p>The two shapes, as one regex each (what this class matches, exactly):
 *
 * <pre>
 * bracketed: (?&lt;prefix&gt;[\p{IsHan}A-Za-z]{1,20}?)\s*[〔\[(【〖{]\s*(?&lt;year&gt;(?:19|20)\d{2})\s*[〕\])】〗}]\s*(?&lt;num&gt;\d{1,5})\s*号
 * numbered:  (?&lt;prefix&gt;(?:\p{IsHan}{2,20} )*\p{IsHan}{0,30}?(?:令|公告))\s*(?:(?&lt;year&gt;(?:19|20)\d{2})\s*年\s*)?第\s*(?&lt;num&gt;\d{1,5})\s*号
 * </pre>
 *
 * Run as written, a search tried the issuer prefix at every character of every Han run of a page
 * (issue #6: ~5% of extraction). So the regexes here start at the part that cannot repeat — the
 * bracket, 令 / 公告 — and the issuer prefix is read backwards from it by hand, with the same rules.
 */
public final class DocNumberParser {

  private static final int BRACKETED_PREFIX_MAX = 20;
  private static final int NUMBERED_GROUP_MIN = 2;
  private static final int NUMBERED_GROUP_MAX = 20;
  private static final int NUMBERED_TAIL_MAX = 30;

  // From the opening bracket on: year, closing bracket, number, 号.
  private static final Pattern BRACKETED_CORE =
      Pattern.compile(
          "[〔\\[(【〖{]\\s*(?<year>(?:19|20)\\d{2})\\s*[〕\\])】〗}]\\s*(?<num>\\d{1,5})\\s*号");
  // From 令 / 公告 on: 交通运输部令2024年第1号, 国家能源局公告 2025年 第2号.
  private static final Pattern NUMBERED_CORE =
      Pattern.compile(
          "(?:令|公告)\\s*(?:(?<year>(?:19|20)\\d{2})\\s*年\\s*)?第\\s*(?<num>\\d{1,5})\\s*号");

  private DocNumberParser() {}

  /**
   * The 文号 labels' pattern, compiled once (it was compiled for every page: issue #6 throughput).
   */
  private static final class LabelPattern {
    static final Pattern DOC_NUMBER =
        Pattern.compile(Labels.alternation(Labels.standard().docNumberLabels()) + "[\\s:：]*");
    static final List<String> WIDGET_WORDS =
        Labels.standard().docNumberWidgetWords().stream()
            .map(w -> w.replaceAll("\\s+", ""))
            .toList();
  }

  /** One 文号 found in a text: where it starts, and its parts. */
  private record Found(
      int start, String prefix, @Nullable String year, String num, boolean bracketed) {
    String canonical() {
      String number = String.valueOf(Integer.parseInt(num));
      String issuer = prefix.strip();
      if (bracketed) {
        return issuer + "〔" + year + "〕" + number + "号";
      }
      return issuer + (year != null ? year + "年" : "") + "第" + number + "号";
    }
  }

  /** One 文号 value (a metadata cell, a list column) in the canonical form; empty when it is none. */
  public static Optional<String> parse(String value) {
    String s = TextNormalizer.normalize(value).strip();
    Found found = bracketed(s, 0);
    if (found == null) {
      found = numbered(s, 0);
    }
    return found == null ? Optional.empty() : Optional.of(found.canonical());
  }

  /**
   * The 文号 of a page: the value after a 文号 / 发文字号 / 字号 label when the page prints such a label (an
   * empty label means the document has none, and the numbers its body cites are other documents'),
   * else the first 文号-shaped string of the text.
   */
  public static Optional<String> fromPage(String pageText) {
    String s = TextNormalizer.normalize(pageText);
    Matcher label = LabelPattern.DOC_NUMBER.matcher(s);
    boolean sawLabel = false;
    while (label.find()) {
      if (isWidget(s, label.end())) {
        continue; // 字号：大 中 小 is a font-size switch, not a 文号
      }
      sawLabel = true;
      Optional<String> value = readAt(s, label.end());
      if (value.isPresent()) {
        return value;
      }
    }
    return sawLabel ? Optional.empty() : findNormalized(s);
  }

  /**
   * The first 文号-shaped string anywhere in running text, without the words that run into it (根据…).
   */
  public static Optional<String> find(String text) {
    return findNormalized(TextNormalizer.normalize(text));
  }

  private static Optional<String> findNormalized(String s) {
    Found bracketed = bracketed(s, 0);
    Found numbered = numbered(s, 0);
    if (bracketed == null && numbered == null) {
      return Optional.empty();
    }
    boolean useBracketed =
        bracketed != null && (numbered == null || bracketed.start() <= numbered.start());
    String canonical = (useBracketed ? bracketed : numbered).canonical();
    for (String word : Labels.standard().docNumberLeadingWords()) {
      if (canonical.startsWith(word) && canonical.length() > word.length() + 4) {
        canonical = canonical.substring(word.length());
      }
    }
    return Optional.of(canonical);
  }

  private static boolean isWidget(String s, int at) {
    String ahead = s.substring(at, Math.min(s.length(), at + 12)).replaceAll("\\s+", "");
    return LabelPattern.WIDGET_WORDS.stream().anyMatch(ahead::startsWith);
  }

  /** The 文号 that starts exactly at {@code at} (right after a label), in the canonical form. */
  private static Optional<String> readAt(String s, int at) {
    Found found = bracketedAt(s, at);
    if (found == null) {
      found = numberedAt(s, at);
    }
    return found == null ? Optional.empty() : Optional.of(found.canonical());
  }

  /** The leftmost bracketed 文号 at or after {@code from}: the bracketed regex's find(). */
  private static @Nullable Found bracketed(String s, int from) {
    Matcher core = BRACKETED_CORE.matcher(s);
    int searchFrom = from;
    while (searchFrom < s.length() && core.find(searchFrom)) {
      // prefix: 1..20 letters right before the bracket, then optional whitespace; the leftmost
      // start
      // takes as many as the run has, up to 20.
      int end = skipWhitespaceBack(s, core.start(), from);
      int start = end;
      int letters = 0;
      while (start > from
          && letters < BRACKETED_PREFIX_MAX
          && isBracketedLetter(s.codePointBefore(start))) {
        start -= Character.charCount(s.codePointBefore(start));
        letters++;
      }
      if (letters > 0) {
        return new Found(
            start, s.substring(start, end), core.group("year"), core.group("num"), true);
      }
      searchFrom = core.start() + 1;
    }
    return null;
  }

  /** The bracketed 文号 starting exactly at {@code at}: the bracketed regex's lookingAt(). */
  private static @Nullable Found bracketedAt(String s, int at) {
    int end = at;
    int letters = 0;
    while (end < s.length() && isBracketedLetter(s.codePointAt(end))) {
      end += Character.charCount(s.codePointAt(end));
      letters++;
    }
    if (letters == 0 || letters > BRACKETED_PREFIX_MAX) {
      return null;
    }
    int bracket = end;
    while (bracket < s.length() && isRegexSpace(s.charAt(bracket))) {
      bracket++;
    }
    Matcher core = BRACKETED_CORE.matcher(s).region(bracket, s.length());
    if (!core.lookingAt()) {
      return null;
    }
    return new Found(at, s.substring(at, end), core.group("year"), core.group("num"), true);
  }

  /**
   * The leftmost numbered 文号 at or after {@code from}: the numbered regex's find(). Its prefix may
   * be empty, so the first 令 / 公告 core is the match; the start is as far back as the prefix rules
   * allow: up to 30 Han characters, and before them runs of 2..20 Han characters each followed by
   * one space (国务院 中央军委令).
   */
  private static @Nullable Found numbered(String s, int from) {
    Matcher core = NUMBERED_CORE.matcher(s);
    if (from >= s.length() || !core.find(from)) {
      return null;
    }
    int c = core.start();
    int start = c;
    int tail = 0;
    while (start > from && tail < NUMBERED_TAIL_MAX && isHan(s.codePointBefore(start))) {
      start -= Character.charCount(s.codePointBefore(start));
      tail++;
    }
    boolean runEndsHere = start == from || !isHan(s.codePointBefore(start));
    // Groups need the whole tail run (nothing Han before it) and a space before it.
    while (runEndsHere && start - 1 > from && s.charAt(start - 1) == ' ') {
      int groupEnd = start - 1;
      int groupStart = groupEnd;
      int length = 0;
      while (groupStart > from
          && length < NUMBERED_GROUP_MAX
          && isHan(s.codePointBefore(groupStart))) {
        groupStart -= Character.charCount(s.codePointBefore(groupStart));
        length++;
      }
      if (length < NUMBERED_GROUP_MIN) {
        break;
      }
      start = groupStart;
      runEndsHere = start == from || !isHan(s.codePointBefore(start));
    }
    int prefixEnd = c + (s.charAt(c) == '令' ? 1 : 2);
    return new Found(
        start, s.substring(start, prefixEnd), core.group("year"), core.group("num"), false);
  }

  /** The numbered 文号 starting exactly at {@code at}: the numbered regex's lookingAt(). */
  private static @Nullable Found numberedAt(String s, int at) {
    Matcher core = NUMBERED_CORE.matcher(s);
    int searchFrom = at;
    while (searchFrom < s.length() && core.find(searchFrom)) {
      int c = core.start();
      if (!numberedPrefix(s, at, c)) {
        // Nothing past a character the prefix cannot hold is reachable from at either.
        return null;
      }
      return new Found(
          at,
          s.substring(at, c + (s.charAt(c) == '令' ? 1 : 2)),
          core.group("year"),
          core.group("num"),
          false);
    }
    return null;
  }

  /**
   * Whether {@code s[start, end)} is a numbered prefix before its 令 / 公告: space-separated runs of
   * Han characters, each but the last 2..20 long, the last 0..30.
   */
  private static boolean numberedPrefix(String s, int start, int end) {
    int run = 0;
    for (int i = start; i < end; ) {
      int cp = s.codePointAt(i);
      if (cp == ' ') {
        if (run < NUMBERED_GROUP_MIN || run > NUMBERED_GROUP_MAX) {
          return false;
        }
        run = 0;
      } else if (isHan(cp)) {
        run++;
      } else {
        return false;
      }
      i += Character.charCount(cp);
    }
    return run <= NUMBERED_TAIL_MAX;
  }

  private static int skipWhitespaceBack(String s, int end, int from) {
    while (end > from && isRegexSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code \s} without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isHan(int codePoint) {
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
      return true; // the common block, without the script table's binary search
    }
    return codePoint >= 0x2E80
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static boolean isBracketedLetter(int codePoint) {
    return (codePoint >= 'A' && codePoint <= 'Z')
        || (codePoint >= 'a' && codePoint <= 'z')
        || isHan(codePoint);
  }
}
