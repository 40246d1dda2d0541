package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

  private static final LocalDate APRIL_10 = LocalDate.of(2024, 4, 10);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-04-10",
        "2024年4月10日",
        "2024/4/10 10:30",
        "2024.04.10",
        "发布时间：2024-04-10 09:30:00",
        "[2024-04-10]",
        "２０２４年０４月１０日",
        "2024 年 4 月 10 日",
        "2024-4-10"
      })
  void readsEveryFormSitesPrint(String text) {
    assertThat(PublishedDateParser.parse(text)).contains(APRIL_10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13-45", "2024年", "0756-3312345", "20240410", "2024-04/10"})
  void refusesWhatIsNoDate(String text) {
    assertThat(PublishedDateParser.parse(text)).isEmpty();
  }

  @Test
  void prefersThePublicationDateOverTheSigningDate() {
    String page = "成文日期： 2025-03-03 发布日期： 2025-03-06 正文…… 安徽省人民政府办公厅 2025年3月3日";
    assertThat(PublishedDateParser.published(page)).contains(LocalDate.of(2025, 3, 6));
  }

  @Test
  void takesFaWenDateWhenNoFaBuDateIsPrinted() {
    // caac.gov.cn: 成文日期 is signing, 发文日期 is publication.
    assertThat(PublishedDateParser.published("成文日期： 2024-11-25 发文日期： 2024-11-28"))
        .contains(LocalDate.of(2024, 11, 28));
    // nanjing.gov.cn: 发文日期 is signing, 发布日期 is publication.
    assertThat(PublishedDateParser.published("发文日期： 2025-03-05 文 号：宁政发〔2025〕14号 发布日期： 2025-03-10"))
        .contains(LocalDate.of(2025, 3, 10));
  }

  @Test
  void neverTakesADeadline() {
    String page = "投标截止时间：2026年12月10日 09:30 开标时间：2026年12月10日 09:30 公告时间 2026年11月19日";
    assertThat(PublishedDateParser.published(page)).contains(LocalDate.of(2026, 11, 19));
    assertThat(PublishedDateParser.published("提交投标文件截止时间：2026年12月01日")).isEmpty();
  }

  @Test
  void fallsBackToTheFirstUnlabelledDate() {
    assertThat(PublishedDateParser.published("中共中央办公厅 国务院办公厅关于某事项的意见 2024-10-09 （2024年9月21日）"))
        .contains(LocalDate.of(2024, 10, 9));
  }

  @Test
  void readsTheDateCmsPathsCarry() {
    assertThat(
            PublishedDateParser.fromUrl(
                "https://www.caac.gov.cn/XXGK/XXGK/TZTG/202411/t20241128_226105.html"))
        .contains(LocalDate.of(2024, 11, 28));
    assertThat(PublishedDateParser.fromUrl("https://www.nea.gov.cn/20250514/20301f05/c.html"))
        .contains(LocalDate.of(2025, 5, 14));
    assertThat(PublishedDateParser.fromUrl("https://zfxxgk.nea.gov.cn/2023-04/02/c_1310707865.htm"))
        .contains(LocalDate.of(2023, 4, 2));
    assertThat(PublishedDateParser.fromUrl("https://www.ah.gov.cn/public/1681/565187421.html"))
        .isEmpty();
  }
}
