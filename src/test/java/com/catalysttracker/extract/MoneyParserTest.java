package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

  private static Optional<BigDecimal> yuan(String s) {
    return Optional.of(new BigDecimal(s));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4562000元 | 4562000",
        "1286.4万元 | 12864000",
        "1.1968亿元 | 119680000",
        "￥1876.000000 万元（人民币） | 18760000",
        "¥32,684,500.00 | 32684500",
        "RMB 1,236,800.00 | 1236800",
        "人民币3,860.00万元（含税） | 38600000",
        "￥１２，５００，０００．００元 | 12500000",
        "总价形式报价:18760000.00(元) | 18760000",
        "87,260,000.00 | 87260000",
        "15.5元 | 15.5",
      })
  void parsesArabicAmountsInEveryUnitAndSeparatorStyle(String text, String expected) {
    assertThat(MoneyParser.parse(text)).isEqualTo(yuan(expected));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "壹亿零伍佰万元整 | 105000000",
        "贰佰叁拾万元 | 2300000",
        "肆佰伍拾万零捌仟元整 | 4508000",
        "人民币玖佰捌拾陆万叁仟元整 | 9863000",
        "壹拾万元整 | 100000",
        "拾万元 | 100000",
        "叁仟贰佰陆拾捌万肆仟伍佰元整 | 32684500",
        "伍佰元叁角伍分 | 500.35",
        "五百万元 | 5000000",
      })
  void parsesCapitalNumeralsWithZeroesAndFractions(String text, String expected) {
    assertThat(MoneyParser.parse(text)).isEqualTo(yuan(expected));
  }

  @Test
  void takesTheHeaderUnitForABareCell() {
    assertThat(MoneyParser.parse("1028.6", MoneyUnit.TEN_THOUSAND_YUAN))
        .isEqualTo(yuan("10286000"));
    assertThat(MoneyUnit.fromHeader("金额（万元）")).contains(MoneyUnit.TEN_THOUSAND_YUAN);
    assertThat(MoneyUnit.fromHeader("投标报价(元)")).contains(MoneyUnit.YUAN);
    assertThat(MoneyUnit.fromHeader("中标（成交）金额")).isEmpty();
  }

  @Test
  void aUnitWrittenInTheCellBeatsTheHeaderUnit() {
    assertThat(MoneyParser.parse("1,236,800.00元", MoneyUnit.TEN_THOUSAND_YUAN))
        .isEqualTo(yuan("1236800"));
  }

  @Test
  void agreeingLowerAndUpperCaseFormsGiveOneAmount() {
    assertThat(MoneyParser.parse("小写：￥4,562,000.00元 大写：肆佰伍拾陆万贰仟元整")).isEqualTo(yuan("4562000"));
    assertThat(MoneyParser.parse("叁仟贰佰陆拾捌万肆仟伍佰元整（¥32,684,500.00）")).isEqualTo(yuan("32684500"));
  }

  @Test
  void theUpperCaseFormWinsWhenTheTwoDisagree() {
    // Chinese bidding rules: 大写金额与小写金额不一致的，以大写金额为准.
    assertThat(MoneyParser.parse("￥4,562,000.00元（大写：肆佰伍拾陆万元整）")).isEqualTo(yuan("4560000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "95%",
        "下浮率：5%",
        "费率 1.2",
        "折扣率0.95",
        "优惠率 3",
        "2024-04-10",
        "2024年4月10日",
        "0756-3312345",
        "ZHCG2026-FW0317",
        "共3个标包",
        "第2号",
        "12:30",
        ""
      })
  void isNotFooledByRatesDatesPhonesAndCodes(String text) {
    assertThat(MoneyParser.parse(text)).isEmpty();
  }

  @Test
  void givesTheEndOfARangeTheCallerAsksFor() {
    assertThat(MoneyParser.parseRange("100万元-200万元", MoneyParser.Bound.LOWER))
        .isEqualTo(yuan("1000000"));
    assertThat(MoneyParser.parseRange("100万元-200万元", MoneyParser.Bound.UPPER))
        .isEqualTo(yuan("2000000"));
    assertThat(MoneyParser.parseRange("100至200万元", MoneyParser.Bound.LOWER))
        .isEqualTo(yuan("1000000"));
    assertThat(MoneyParser.parseRange("￥80～￥120万元", MoneyParser.Bound.UPPER))
        .isEqualTo(yuan("1200000"));
    assertThat(MoneyParser.parseRange("300万元", MoneyParser.Bound.UPPER)).isEqualTo(yuan("3000000"));
  }
}
