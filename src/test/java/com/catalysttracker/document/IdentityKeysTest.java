package com.catalysttracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class IdentityKeysTest {
  private static final Region HUNAN = new Region("湖南省", null, "430000");
  private static final Region ANHUI = new Region("安徽省", null, "340000");

  private static Document doc(
      String url,
      String title,
      DocType type,
      @Nullable String docNumber,
      @Nullable Region region,
      @Nullable String projectCode,
      LocalDate published) {
    return new Document(
        DocumentIds.forUrl(url),
        "s",
        url,
        List.of(),
        title,
        type,
        published,
        null,
        IssuerLevel.UNKNOWN,
        docNumber,
        region,
        projectCode,
        null,
        null,
        null,
        List.of(),
        null,
        List.of(),
        "",
        "",
        Instant.EPOCH,
        List.of());
  }

  @Test
  void aPolicyRepostedElsewhereDaysLaterSharesItsDocumentNumberKey() {
    var onGovCn =
        doc(
            "https://www.gov.cn/a.htm",
            "国家发展改革委 国家能源局关于加快推进虚拟电厂发展的指导意见",
            DocType.POLICY,
            "发改能源〔2025〕357号",
            null,
            null,
            LocalDate.of(2025, 3, 25));
    var onNea =
        doc(
            "https://www.nea.gov.cn/b.html",
            "关于加快推进虚拟电厂发展的指导意见",
            DocType.POLICY,
            "发改能源〔2025〕357号",
            null,
            null,
            LocalDate.of(2025, 3, 28));

    assertThat(IdentityKeys.of(onGovCn)).containsAnyElementsOf(IdentityKeys.of(onNea));
  }

  @Test
  void withoutANumberTheTitleMatchesDespiteWidthAndSpacing() {
    var a =
        doc(
            "https://a/1",
            "中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见",
            DocType.POLICY,
            null,
            null,
            null,
            LocalDate.of(2024, 10, 9));
    var b =
        doc(
            "https://b/2",
            "中共中央办公厅　国务院办公厅关于加快公共数据资源开发利用的意见 ",
            DocType.POLICY,
            null,
            null,
            null,
            LocalDate.of(2024, 10, 9));

    assertThat(IdentityKeys.of(a)).isEqualTo(IdentityKeys.of(b));
  }

  @Test
  void twoProvincesPlansWithTheSameTitleStayApart() {
    String title = "关于加快推进低空经济高质量发展的实施意见";
    var hunan =
        doc("https://hunan/1", title, DocType.POLICY, null, HUNAN, null, LocalDate.of(2024, 5, 1));
    var anhui =
        doc("https://anhui/1", title, DocType.POLICY, null, ANHUI, null, LocalDate.of(2024, 5, 1));

    assertThat(IdentityKeys.of(hunan)).doesNotContainAnyElementsOf(IdentityKeys.of(anhui));
  }

  @Test
  void aDraftAndItsFinalVersionAreDifferentDocuments() {
    var draft =
        doc(
            "https://x/1",
            "关于促进数据产业高质量发展的指导意见（征求意见稿）",
            DocType.POLICY_DRAFT,
            null,
            null,
            null,
            LocalDate.of(2024, 5, 1));
    var fin =
        doc(
            "https://x/2",
            "关于促进数据产业高质量发展的指导意见",
            DocType.POLICY,
            null,
            null,
            null,
            LocalDate.of(2024, 9, 1));

    assertThat(IdentityKeys.of(draft)).doesNotContainAnyElementsOf(IdentityKeys.of(fin));
  }

  @Test
  void aTenderAndItsAwardShareAProjectButNotAnIdentity() {
    var tender =
        doc(
            "https://g/1",
            "岳阳市低空监视网建设项目公开招标公告",
            DocType.TENDER_NOTICE,
            null,
            HUNAN,
            "YYCG2026-0915",
            LocalDate.of(2026, 9, 15));
    var award =
        doc(
            "https://g/2",
            "岳阳市低空监视网建设项目中标（成交）结果公告",
            DocType.AWARD_RESULT,
            null,
            HUNAN,
            "YYCG2026-0915",
            LocalDate.of(2026, 10, 20));
    var awardElsewhere =
        doc(
            "https://c/9",
            "岳阳市低空监视网建设项目中标结果公告",
            DocType.AWARD_RESULT,
            null,
            HUNAN,
            "yycg2026-0915",
            LocalDate.of(2026, 10, 21));

    assertThat(IdentityKeys.of(tender)).doesNotContainAnyElementsOf(IdentityKeys.of(award));
    assertThat(IdentityKeys.of(award)).isEqualTo(IdentityKeys.of(awardElsewhere));
  }

  @Test
  void twoCorrectionsOfOneProjectOnDifferentDaysAreTwoDocuments() {
    var first =
        doc(
            "https://g/3",
            "更正公告",
            DocType.CORRECTION,
            null,
            HUNAN,
            "P-1",
            LocalDate.of(2026, 9, 20));
    var second =
        doc(
            "https://g/4",
            "更正公告（二）",
            DocType.CORRECTION,
            null,
            HUNAN,
            "P-1",
            LocalDate.of(2026, 9, 25));

    assertThat(IdentityKeys.of(first)).doesNotContainAnyElementsOf(IdentityKeys.of(second));
  }

  @Test
  void aShortGenericTitleIdentifiesNothing() {
    assertThat(
            IdentityKeys.of(
                doc(
                    "https://x/9",
                    "通知",
                    DocType.POLICY,
                    null,
                    null,
                    null,
                    LocalDate.of(2024, 1, 1))))
        .isEmpty();
  }
}
