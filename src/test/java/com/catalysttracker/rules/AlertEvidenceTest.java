package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The page forms an alert's money evidence looks for, built without String.format since #7 figures.
 */
class AlertEvidenceTest {

  @Test
  void moneyFormsAreTheFormsStringFormatGaveForEveryMagnitudeAndScale() {
    for (String value :
        List.of(
            "0",
            "7",
            "999",
            "1000",
            "12345.675",
            "680000",
            "1200000.5",
            "99999999.995",
            "150000000",
            "123456789012.34",
            "-4500.125")) {
      BigDecimal yuan = new BigDecimal(value);
      List<String> forms = Alerts.moneyForms(yuan);
      assertThat(forms.get(0)).as(value).isEqualTo(String.format(Locale.ROOT, "%,.2f", yuan));
      assertThat(forms.get(1))
          .as(value)
          .isEqualTo(String.format(Locale.ROOT, "%,d", yuan.longValue()));
    }
  }

  @Test
  void groupedPutsACommaEveryThreeIntegerDigitsOnly() {
    assertThat(Alerts.grouped("1234567.891")).isEqualTo("1,234,567.891");
    assertThat(Alerts.grouped("-123456")).isEqualTo("-123,456");
    assertThat(Alerts.grouped("123")).isEqualTo("123");
  }

  @Test
  void snippetCollapsesWhitespaceAroundTheFirstNeedleFound() {
    String page = "标题\n预算金额：  1,200,000.00 元\n\n采购人：某市";
    assertThat(Alerts.snippet(page, List.of("9,999", "1,200,000.00")))
        .isEqualTo("标题 预算金额： 1,200,000.00 元 采购人：某市");
    assertThat(Alerts.snippet(page, List.of("absent"))).isEmpty();
  }
}
