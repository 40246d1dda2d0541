package com.catalysttracker.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads amounts written in Chinese numerals, capital (壹亿零伍佰万元整, 肆佰伍拾万零捌仟元整, 叁角伍分) or lower case
 * (五百万元), into yuan.
 */
final class ChineseNumerals {

  /** Every character a written-out amount may contain; a run of these is a candidate. */
  static final String CHARACTERS = "零〇壹贰叁肆伍陆柒捌玖拾佰仟萬万亿億元圆圓角分整正一二两三四五六七八九十百千";

  private ChineseNumerals() {}

  static boolean isNumeralCharacter(char c) {
    return CHARACTERS.indexOf(c) >= 0;
  }

  /** The amount in yuan, or empty when the text is not a well-formed numeral amount. */
  static Optional<BigDecimal> parseYuan(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    long yi = 0;
    long wan = 0;
    long section = 0;
    long digit = 0;
    boolean sawDigit = false;
    boolean afterYuan = false;
    BigDecimal fraction = BigDecimal.ZERO;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digitValue(c);
      if (d >= 0) {
        digit = d;
        sawDigit = true;
        continue;
      }
      switch (c) {
        case '拾', '十' -> {
          // 拾万 / 十万 at the start of a section means one ten.
          section += (digit == 0 ? 1 : digit) * 10;
          digit = 0;
          sawDigit = true;
        }
        case '佰', '百' -> {
          section += digit * 100;
          digit = 0;
        }
        case '仟', '千' -> {
          section += digit * 1000;
          digit = 0;
        }
        case '万', '萬' -> {
          wan = section + digit;
          section = 0;
          digit = 0;
        }
        case '亿', '億' -> {
          yi = wan * 10_000 + section + digit;
          wan = 0;
          section = 0;
          digit = 0;
        }
        case '元', '圆', '圓' -> {
          if (afterYuan) {
            return Optional.empty();
          }
          section += digit;
          digit = 0;
          afterYuan = true;
        }
        case '角' -> {
          fraction = fraction.add(BigDecimal.valueOf(digit, 1));
          digit = 0;
        }
        case '分' -> {
          fraction = fraction.add(BigDecimal.valueOf(digit, 2));
          digit = 0;
        }
        case '整', '正' -> {
          // "整" closes the amount: nothing after it belongs to it.
          i = s.length();
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (!sawDigit) {
      return Optional.empty();
    }
    long whole = yi * 100_000_000L + wan * 10_000L + section + digit;
    return Optional.of(BigDecimal.valueOf(whole).add(fraction));
  }

  private static int digitValue(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '壹', '一' -> 1;
      case '贰', '二', '两' -> 2;
      case '叁', '三' -> 3;
      case '肆', '四' -> 4;
      case '伍', '五' -> 5;
      case '陆', '六' -> 6;
      case '柒', '七' -> 7;
      case '捌', '八' -> 8;
      case '玖', '九' -> 9;
      default -> -1;
    };
  }
}
