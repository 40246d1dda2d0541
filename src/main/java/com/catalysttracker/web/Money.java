package com.catalysttracker.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Amounts as analysts write them: 亿元 from 1亿, 万元 from 1万, else 元. */
final class Money {
  private static final BigDecimal YI = new BigDecimal("100000000");
  private static final BigDecimal WAN = new BigDecimal("10000");

  private Money() {}

  static String format(@Nullable BigDecimal yuan) {
    if (yuan == null) {
      return "";
    }
    if (yuan.abs().compareTo(YI) >= 0) {
      return plain(yuan.divide(YI, 2, RoundingMode.HALF_UP)) + "亿元";
    }
    if (yuan.abs().compareTo(WAN) >= 0) {
      return plain(yuan.divide(WAN, 2, RoundingMode.HALF_UP)) + "万元";
    }
    return plain(yuan.setScale(2, RoundingMode.HALF_UP)) + "元";
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
