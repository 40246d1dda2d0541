package com.catalysttracker.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit an amount is written in; tables often print it once in the column header. */
public enum MoneyUnit {
  YUAN(BigDecimal.ONE),
  THOUSAND_YUAN(BigDecimal.valueOf(1_000)),
  TEN_THOUSAND_YUAN(BigDecimal.valueOf(10_000)),
  HUNDRED_MILLION_YUAN(BigDecimal.valueOf(100_000_000));

  // A unit printed in brackets (金额（万元）, 投标报价(元)) or after a slash (金额/万元).
  private static final Pattern HEADER_UNIT =
      Pattern.compile("(?:[(\\[【]\\s*(?:单位[:：]?)?|/|单位[:：])\\s*(亿元|万元|千元|元)");

  private final BigDecimal yuan;

  MoneyUnit(BigDecimal yuan) {
    this.yuan = yuan;
  }

  /** How many yuan one of this unit is. */
  public BigDecimal yuan() {
    return yuan;
  }

  /** The unit a table header or label declares, e.g. {@code 中标（成交）金额(万元)} → 万元. */
  public static Optional<MoneyUnit> fromHeader(String header) {
    Matcher m = HEADER_UNIT.matcher(TextNormalizer.normalize(header));
    return m.find() ? Optional.of(fromSuffix(m.group(1))) : Optional.empty();
  }

  static MoneyUnit fromSuffix(String suffix) {
    return switch (suffix) {
      case "亿元", "亿" -> HUNDRED_MILLION_YUAN;
      case "万元", "万" -> TEN_THOUSAND_YUAN;
      case "千元" -> THOUSAND_YUAN;
      default -> YUAN;
    };
  }
}
