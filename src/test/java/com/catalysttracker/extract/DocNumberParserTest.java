package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocNumberParserTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "国数政策〔2024〕31号 | 国数政策〔2024〕31号",
        "发改能源规[2024]1234号 | 发改能源规〔2024〕1234号",
        "工信部联通装（2024）12号 | 工信部联通装〔2024〕12号",
        "皖政办【2025】4号 | 皖政办〔2025〕4号",
        "宁政办规字〖2024〗9号 | 宁政办规字〔2024〕9号",
        "民航规〔2024〕21 号 | 民航规〔2024〕21号",
        "国能发科技 〔 2023 〕 27 号 | 国能发科技〔2023〕27号",
        "交通运输部令2024年第1号 | 交通运输部令2024年第1号",
        "国家能源局公告 2025年 第2号 | 国家能源局公告2025年第2号",
        "国务院 中央军委令第761号 | 国务院 中央军委令第761号",
        "中华人民共和国国家发展和改革委员会令第15号 | 中华人民共和国国家发展和改革委员会令第15号",
      })
  void normalisesEveryBracketStyleToTheKeysForm(String value, String expected) {
    assertThat(DocNumberParser.parse(value)).contains(expected);
  }

  @Test
  void anEmptyLabelMeansTheDocumentHasNone() {
    assertThat(DocNumberParser.fromPage("文号： 成文日期： 2024-10-14 正文依据民航发〔2024〕3号文件")).isEmpty();
  }

  @Test
  void readsTheLabelledValue() {
    assertThat(DocNumberParser.fromPage("索引号：00298627 文 号： 皖政办〔2025〕4号 有效性：有效"))
        .contains("皖政办〔2025〕4号");
  }

  @Test
  void aFontSizeSwitchIsNoLabel() {
    assertThat(DocNumberParser.fromPage("发布时间：2025/03/25 字号： 大 中 小 发改能源〔2025〕357号 各省……"))
        .contains("发改能源〔2025〕357号");
  }

  @Test
  void dropsWordsThatRunIntoAnUnlabelledNumber() {
    assertThat(DocNumberParser.find("根据国办发〔2024〕46号文件精神")).contains("国办发〔2024〕46号");
  }

  @Test
  void theIssuerPrefixStopsWhereTheRegexWouldHaveStopped() {
    // The prefix is read backwards by hand (issue #6); these pin the limits the regexes had.
    String longRun = "一".repeat(25);
    assertThat(DocNumberParser.find(longRun + "〔2024〕3号")).contains("一".repeat(20) + "〔2024〕3号");
    assertThat(DocNumberParser.find("一".repeat(40) + "令第1号")).contains("一".repeat(30) + "令第1号");
    assertThat(DocNumberParser.find("见 国务院 中央军委令第761号")).contains("国务院 中央军委令第761号");
    assertThat(DocNumberParser.find("依据：交通运输部令第1号")).contains("交通运输部令第1号");
    assertThat(DocNumberParser.find("民航发〔1899〕3号")).isEmpty();
  }
}
