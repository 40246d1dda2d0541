package com.catalysttracker.rules;

import static com.catalysttracker.rules.SampleDocuments.HANGZHOU;
import static com.catalysttracker.rules.SampleDocuments.procurement;
import static com.catalysttracker.rules.SampleDocuments.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The follow-up rules of the real catalysts.drl (issue #7): a correction or termination of a
 * project that already alerted, with the earlier alerts inserted as facts as the service inserts
 * them.
 */
class FollowUpRulesTest {
  static final Instant TENDER_AT = Instant.parse("2024-07-16T09:00:00Z");
  static final Instant LATER = Instant.parse("2024-07-25T09:00:00Z");
  static RuleBase rules;
  static Document tender;
  static List<Alert> tenderAlerts;

  @BeforeAll
  static void raiseTheTendersAlert() {
    rules = RuleBase.compile(Path.of("rules"));
    tender =
        procurement(
            DocType.TENDER_NOTICE,
            "杭州市交通运输局",
            HANGZHOU,
            "HZJT-2024-001",
            "智慧路口建设项目",
            yuan(1_2000_0000L),
            null,
            List.of(),
            "车路协同 智慧路口 预算金额：12000万元 开标时间：2024年8月5日9时30分");
    tenderAlerts = RuleEngine.evaluate(rules, tender, TENDER_AT).alerts();
  }

  static Document notice(DocType type, String title, @Nullable BigDecimal budget, String text) {
    String url = "https://www.ccgp.gov.cn/cggg/HZJT-2024-001/" + type.wireName() + ".htm";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        title,
        type,
        LocalDate.of(2024, 7, 24),
        "杭州市交通运输局",
        tender.issuerLevel(),
        null,
        HANGZHOU,
        "HZJT-2024-001",
        "智慧路口建设项目",
        budget,
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        LATER,
        List.of());
  }

  static List<Alert> followUps(Document notice, List<Alert> earlier) throws Exception {
    List<EarlierAlerts> facts = EarlierAlerts.byTheme(earlier, List.of(new Doc(tender, Set.of())));
    return RuleEngine.evaluate(
            rules, notice, LATER, MomentumSource.NONE, DraftSource.NONE, document -> facts)
        .alerts()
        .stream()
        .filter(a -> !a.follows().isEmpty())
        .toList();
  }

  @Test
  void aCorrectionOfAnAlertedTenderNamesTheEarlierAlertAndTheNewBudgetAndDate() throws Exception {
    assertThat(tenderAlerts)
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.HIGH));
    // The correction repeats none of the theme's vocabulary: the follow-up must not depend on it.
    Document correction =
        notice(
            DocType.CORRECTION,
            "杭州市交通运输局智慧路口建设项目更正公告",
            yuan(9800_0000L),
            "一、更正事项：预算金额调整为9800万元；开标时间变更为2024年8月19日9时30分。二、其他内容不变。");

    List<Alert> followUps = followUps(correction, tenderAlerts);

    assertThat(followUps)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.follows()).containsExactly(tenderAlerts.get(0).id());
              assertThat(alert.theme()).isEqualTo("vehicle-road-cloud");
              assertThat(alert.severity()).isEqualTo(Severity.HIGH);
              assertThat(alert.key())
                  .isEqualTo("correction|vehicle-road-cloud|HZJT-2024-001|2024-07-24");
              assertThat(alert.message())
                  .startsWith("更正：智慧路口建设项目（杭州市 杭州市交通运输局）")
                  .contains(
                      "金额 1.2亿元 → 9800万元", "开标时间变更为2024年8月19日9时30分", tenderAlerts.get(0).id());
              assertThat(alert.documentIds()).containsExactly(correction.id(), tender.id());
              assertThat(alert.explanation().matchedTerms())
                  .isEqualTo(tenderAlerts.get(0).explanation().matchedTerms());
            });
  }

  @Test
  void aCorrectionThatChangesNeitherMoneyNorDatesSaysSo() throws Exception {
    Document correction =
        notice(
            DocType.CORRECTION,
            "杭州市交通运输局智慧路口建设项目更正公告",
            yuan(1_2000_0000L),
            "更正事项：采购需求第3.2条技术参数更正如附件。");

    assertThat(followUps(correction, tenderAlerts))
        .singleElement()
        .satisfies(alert -> assertThat(alert.message()).contains("未见金额或日期变化").doesNotContain("→"));
  }

  @Test
  void aFailedTenderIsFollowedUpAsTerminatedWithItsEarlierMoney() throws Exception {
    Document termination =
        notice(DocType.TERMINATION, "杭州市交通运输局智慧路口建设项目废标公告", null, "因有效投标人不足三家，本项目废标。");

    assertThat(followUps(termination, tenderAlerts))
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.key())
                  .isEqualTo("termination|vehicle-road-cloud|HZJT-2024-001|2024-07-24");
              assertThat(alert.message()).startsWith("废标：智慧路口建设项目").contains("原1.2亿元", "项目状态改为废标");
              assertThat(alert.follows()).containsExactly(tenderAlerts.get(0).id());
            });
  }

  @Test
  void aCorrectionOfAProjectThatNeverAlertedRaisesNoFollowUp() throws Exception {
    Document correction =
        notice(DocType.CORRECTION, "杭州市交通运输局智慧路口建设项目更正公告", yuan(9800_0000L), "预算金额调整为9800万元。");

    assertThat(followUps(correction, List.of())).isEmpty();
  }

  @Test
  void eachThemeTheProjectAlertedInGetsOneFollowUpAtItsHighestEarlierSeverity() throws Exception {
    Alert low = rebadged(tenderAlerts.get(0), "power-it", Severity.LOW, "low");
    Alert medium = rebadged(tenderAlerts.get(0), "power-it", Severity.MEDIUM, "medium");
    Document correction =
        notice(DocType.CORRECTION, "杭州市交通运输局智慧路口建设项目更正公告", null, "开标时间延期至2024-08-26 09:30。");

    List<Alert> followUps = followUps(correction, List.of(tenderAlerts.get(0), low, medium));

    assertThat(followUps)
        .extracting(Alert::theme, Alert::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("vehicle-road-cloud", Severity.HIGH),
            org.assertj.core.groups.Tuple.tuple("power-it", Severity.MEDIUM));
    assertThat(followUps)
        .filteredOn(a -> a.theme().equals("power-it"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.follows()).containsExactly(low.id(), medium.id());
              assertThat(a.message()).contains("开标时间延期至2024-08-26 09:30");
            });
  }

  static Alert rebadged(Alert alert, String theme, Severity severity, String suffix) {
    return new Alert(
        alert.id() + suffix,
        alert.rule(),
        theme,
        severity,
        alert.key() + suffix,
        alert.message(),
        alert.documentIds(),
        alert.createdAt(),
        alert.realertAfter(),
        alert.explanation());
  }
}
