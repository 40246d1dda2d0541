package com.catalysttracker.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 发文字号 such as 国数政策〔2024〕31号, 工信部联通装〔2023〕217号, 交通运输部令2024年第1号 and
 * 国务院 中央军委令第761号, written with 〔〕, [], （）, 【】 or 〖〗 and stray spaces, and gives them as
 * the answer keys print them: year in 〔〕, no spaces except between two issuers' names.
 */
public final class DocNumberParser {

  private static final String HAN = "[\\p{IsHan}A-Za-z]";
  private static final Pattern BRACKETED =
      Pattern.compile(
          "(?<prefix>" + HAN + "{1,20}?)\\s*[〔\\[(【〖{]\\s*(?<year>(?:19|20)\\d{2})\\s*[〕\\])】〗}]\\s*(?<num>\\d{1,5})\\s*号");
  // Orders and numbered announcements: 交通运输部令2024年第1号, 国家能源局公告 2025年 第2号.
  private static final Pattern NUMBERED =
      Pattern.compile(
          "(?<prefix>(?:\\p{IsHan}{2,20} )*\\p{IsHan}{0,30}?(?:令|公告))\\s*(?:(?<year>(?:19|20)\\d{2})\\s*年\\s*)?第\\s*(?<num>\\d{1,5})\\s*号");

  private DocNumberParser() {}

  /** The 文号 labels' pattern, compiled once (it was compiled for every page: issue #6 throughput). */
  private static final class LabelPattern {
    static final Pattern DOC_NUMBER =
        Pattern.compile(Labels.alternation(Labels.standard().docNumberLabels()) + "[\\s:：]*");
  }

  /** One 文号 value (a metadata cell, a list column) in the canonical form; empty when it is none. */
  public static Optional<String> parse(String value) {
    String s = TextNormalizer.normalize(value).strip();
    for (Pattern p : List.of(BRACKETED, NUMBERED)) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        return Optional.of(canonical(m, p == BRACKETED));
      }
    }
    return Optional.empty();
  }

  /**
   * The 文号 of a page: the value after a 文号 / 发文字号 / 字号 label when the page prints such a
   * label (an empty label means the document has none, and the numbers its body cites are other
   * documents'), else the first 文号-shaped string of the text.
   */
  public static Optional<String> fromPage(String pageText) {
    String s = TextNormalizer.normalize(pageText);
    Labels labels = Labels.standard();
    Matcher label = LabelPattern.DOC_NUMBER.matcher(s);
    boolean sawLabel = false;
    while (label.find()) {
      if (isWidget(s, label.end(), labels.docNumberWidgetWords())) {
        continue; // 字号：大 中 小 is a font-size switch, not a 文号
      }
      sawLabel = true;
      Optional<String> value = readAt(s, label.end());
      if (value.isPresent()) {
        return value;
      }
    }
    return sawLabel ? Optional.empty() : find(s);
  }

  /** The first 文号-shaped string anywhere in running text, without the words that run into it (根据…). */
  public static Optional<String> find(String text) {
    String s = TextNormalizer.normalize(text);
    Matcher bracketed = BRACKETED.matcher(s);
    Matcher numbered = NUMBERED.matcher(s);
    boolean hasBracketed = bracketed.find();
    boolean hasNumbered = numbered.find();
    if (!hasBracketed && !hasNumbered) {
      return Optional.empty();
    }
    boolean useBracketed = hasBracketed && (!hasNumbered || bracketed.start() <= numbered.start());
    String canonical = canonical(useBracketed ? bracketed : numbered, useBracketed);
    for (String word : Labels.standard().docNumberLeadingWords()) {
      if (canonical.startsWith(word) && canonical.length() > word.length() + 4) {
        canonical = canonical.substring(word.length());
      }
    }
    return Optional.of(canonical);
  }

  private static boolean isWidget(String s, int at, List<String> widgetWords) {
    String ahead = s.substring(at, Math.min(s.length(), at + 12)).replaceAll("\\s+", "");
    return widgetWords.stream().anyMatch(w -> ahead.startsWith(w.replaceAll("\\s+", "")));
  }

  private static Optional<String> readAt(String s, int at) {
    for (Pattern p : List.of(BRACKETED, NUMBERED)) {
      Matcher m = p.matcher(s).region(at, s.length());
      if (m.lookingAt()) {
        return Optional.of(canonical(m, p == BRACKETED));
      }
    }
    return Optional.empty();
  }

  private static String canonical(Matcher m, boolean bracketed) {
    String prefix = m.group("prefix").strip();
    String year = m.group("year");
    String num = String.valueOf(Integer.parseInt(m.group("num")));
    if (bracketed) {
      return prefix + "〔" + year + "〕" + num + "号";
    }
    return prefix + (year != null ? year + "年" : "") + "第" + num + "号";
  }
}
