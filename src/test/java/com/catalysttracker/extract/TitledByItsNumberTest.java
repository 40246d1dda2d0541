package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 公告 and 令 are titled by their 文号; a title that only cites one names another document's. */
class TitledByItsNumberTest {

  @Test
  void aTitleThatIsItsNumberGivesIt() {
    assertThat(HtmlDocumentExtractor.titledByItsNumber("工业和信息化部公告2024年第16号"))
        .isEqualTo("工业和信息化部公告2024年第16号");
    assertThat(HtmlDocumentExtractor.titledByItsNumber("交通运输部令 2024年第1号"))
        .isEqualTo("交通运输部令2024年第1号");
  }

  @Test
  void aTitleThatCitesANumberGivesNone() {
    assertThat(HtmlDocumentExtractor.titledByItsNumber("国务院关于废止部分行政法规的决定（国发〔2020〕1号）")).isNull();
    assertThat(HtmlDocumentExtractor.titledByItsNumber("关于《工业和信息化部公告2024年第16号》的解读")).isNull();
    assertThat(HtmlDocumentExtractor.titledByItsNumber("工业和信息化部关于印发数据安全办法的通知")).isNull();
  }
}
