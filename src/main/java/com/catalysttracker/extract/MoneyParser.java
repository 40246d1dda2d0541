package com.catalysttracker.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one amount of money into yuan: 元, 万元, 亿元, ￥/¥, RMB, thousands separators (full-width too),
 * decimals, capital numerals with 角/分, and 小写/大写 pairs. Percentages, rates, dates, phone numbers
 * and project codes are not money and give an empty result.
 */
public final class MoneyParser {

  /** Which end of a range ({@code 100万元-200万元}) a caller wants. */
  public enum Bound {
    LOWER,
    UPPER
  }

  private static final String CURRENCY = "(?:(?:人民币|RMB|CNY|¥|小写|大写)\\s*[:：]?\\s*)*";
  private static final Pattern NUMERIC =
      Pattern.compile(
          CURRENCY
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
              + "(?:\\s*(?<unit>亿元|万元|千元|元|亿|万))?"
              + "(?:\\s*\\(\\s*(?<punit>亿元|万元|千元|元)\\s*\\))?");
  private static final Pattern WRITTEN =
      Pattern.compile(CURRENCY + "(?<words>[" + ChineseNumerals.CHARACTERS + "]+)");
  // What may sit between an amount and a second spelling of it: "（¥32,684,500.00）", " 大写：…".
  private static final Pattern SECOND_FORM_GAP = Pattern.compile("\\s*\\(?\\s*");
  private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-|~|—|–|至|到)\\s*");
  private static final Pattern RATE_WORDS = Pattern.compile("率|折扣|%|‰");
  private static final Pattern CURRENCY_MARK = Pattern.compile("人民币|RMB|CNY|¥|元");

  private MoneyParser() {}

  /** One amount string; a bare number counts as yuan. */
  public static Optional<BigDecimal> parse(String text) {
    return parse(text, null);
  }

  /**
   * One amount string, with the unit a table header declares for numbers that carry none (a cell
   * {@code 1028.6} under {@code 中标（成交）金额(万元)}).
   */
  public static Optional<BigDecimal> parse(String text, @Nullable MoneyUnit defaultUnit) {
    String s = TextNormalizer.normalize(text);
    for (int i = 0; i < s.length(); i++) {
      if (!canStartAt(s, i)) {
        continue;
      }
      Optional<Reading> reading = read(s, i, defaultUnit);
      if (reading.isPresent()) {
        Reading r = reading.get();
        if (r.explicitUnit() || defaultUnit != null || isBareAmount(s, i, r.end())) {
          return Optional.of(r.yuan());
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * One end of a range such as {@code 100万元-200万元} or {@code 100至200万元}; a single amount is both
   * ends.
   */
  public static Optional<BigDecimal> parseRange(String text, Bound bound) {
    String s = TextNormalizer.normalize(text);
    for (int i = 0; i < s.length(); i++) {
      if (!canStartAt(s, i)) {
        continue;
      }
      Optional<Reading> lower = read(s, i, null);
      if (lower.isEmpty()) {
        continue;
      }
      Matcher sep = RANGE_SEPARATOR.matcher(s).region(lower.get().end(), s.length());
      if (sep.lookingAt()) {
        Optional<Reading> upper = read(s, sep.end(), null);
        if (upper.isPresent()) {
          Reading low = lower.get();
          Reading high = upper.get();
          if (!low.explicitUnit() && high.explicitUnit()) {
            // "100-200万元": the unit written once applies to both ends.
            low =
                new Reading(
                    low.number().multiply(high.unit().yuan()),
                    low.number(),
                    high.unit(),
                    true,
                    low.end());
          }
          return Optional.of(bound == Bound.LOWER ? low.yuan() : high.yuan());
        }
      }
      return parse(s);
    }
    return Optional.empty();
  }

  /** A number at {@code i} must not continue a code, date or decimal that starts earlier. */
  static boolean canStartAt(String s, int i) {
    if (i == 0) {
      return true;
    }
    char prev = s.charAt(i - 1);
    char cur = s.charAt(i);
    if (Character.isDigit(cur) || cur == '¥' || cur == '人' || cur == 'R' || cur == 'C') {
      return !(Character.isLetterOrDigit(prev) && prev < 0x80)
          && prev != '-'
          && prev != '.'
          && prev != ','
          && prev != '/';
    }
    return ChineseNumerals.isNumeralCharacter(cur) && !ChineseNumerals.isNumeralCharacter(prev);
  }

  /**
   * Reads an amount starting exactly at {@code from} (currency markers included), with a second
   * spelling of the same amount after it. When the 大写 and 小写 forms disagree the 大写 wins, as Chinese
   * bidding rules say.
   */
  static Optional<Reading> read(String s, int from, @Nullable MoneyUnit defaultUnit) {
    Optional<Reading> numeric = readNumeric(s, from, defaultUnit);
    Optional<Reading> written = numeric.isPresent() ? Optional.empty() : readWritten(s, from);
    Optional<Reading> first = numeric.isPresent() ? numeric : written;
    if (first.isEmpty()) {
      return first;
    }
    Reading r = first.get();
    Matcher gap = SECOND_FORM_GAP.matcher(s).region(r.end(), s.length());
    if (gap.lookingAt() && gap.end() < s.length()) {
      Optional<Reading> second =
          numeric.isPresent()
              ? readWritten(s, gap.end())
              : readNumeric(s, gap.end(), MoneyUnit.YUAN);
      if (second.isPresent() && (second.get().explicitUnit() || numeric.isEmpty())) {
        Reading other = second.get();
        int end =
            other.end() < s.length() && s.charAt(other.end()) == ')'
                ? other.end() + 1
                : other.end();
        Reading capital = numeric.isPresent() ? other : r;
        return Optional.of(
            new Reading(capital.yuan(), capital.number(), capital.unit(), true, end));
      }
    }
    return first;
  }

  private static Optional<Reading> readNumeric(
      String s, int from, @Nullable MoneyUnit defaultUnit) {
    Matcher m = NUMERIC.matcher(s).region(from, s.length());
    if (!m.lookingAt() || !notFollowedByNonMoney(s, m.end(), m.group("unit") != null)) {
      return Optional.empty();
    }
    String unitText = m.group("unit") != null ? m.group("unit") : m.group("punit");
    boolean explicit =
        unitText != null || CURRENCY_MARK.matcher(s.substring(from, m.start("num"))).find();
    MoneyUnit unit =
        unitText != null
            ? MoneyUnit.fromSuffix(unitText)
            : defaultUnit != null ? defaultUnit : MoneyUnit.YUAN;
    BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
    return Optional.of(new Reading(number.multiply(unit.yuan()), number, unit, explicit, m.end()));
  }

  private static Optional<Reading> readWritten(String s, int from) {
    Matcher m = WRITTEN.matcher(s).region(from, s.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String words = m.group("words");
    // Lower-case numerals are everyday words (一年, 三个标包): only a run that names 元/角/分 is money.
    if (words.chars().noneMatch(c -> c == '元' || c == '圆' || c == '圓' || c == '角' || c == '分')) {
      return Optional.empty();
    }
    return ChineseNumerals.parseYuan(words)
        .map(yuan -> new Reading(yuan, yuan, MoneyUnit.YUAN, true, m.end()));
  }

  /**
   * Dates (2024年, 2024-04), percentages, phone numbers and codes continue right after the digits.
   */
  private static boolean notFollowedByNonMoney(String s, int end, boolean hadUnit) {
    if (end >= s.length()) {
      return true;
    }
    char next = s.charAt(end);
    if (next == '%' || next == '‰') {
      return false;
    }
    if (hadUnit) {
      return true;
    }
    if ("年月日号时点个天期层楼座幢届批".indexOf(next) >= 0 || (Character.isLetter(next) && next < 0x80)) {
      return false;
    }
    boolean digitFollows = end + 1 < s.length() && Character.isDigit(s.charAt(end + 1));
    return !(digitFollows && (next == '-' || next == '/' || next == ':' || next == '.'));
  }

  /**
   * A number with no unit is yuan only when it is all the string says (a table cell), not a rate.
   */
  private static boolean isBareAmount(String s, int start, int end) {
    String rest = (s.substring(0, start) + s.substring(end)).strip();
    return !RATE_WORDS.matcher(s).find() && rest.replaceAll("[\\s:：()（）]", "").isEmpty();
  }

  /** An amount read from text: its value in yuan, the number as written, and where it ended. */
  record Reading(
      BigDecimal yuan, BigDecimal number, MoneyUnit unit, boolean explicitUnit, int end) {
    Reading {
      // 1876.000000万元 and 18760000.00元 are the same amount and must print and compare the same.
      yuan = yuan.stripTrailingZeros();
      if (yuan.scale() < 0) {
        yuan = yuan.setScale(0);
      }
    }
  }
}
