package com.catalysttracker.rules;

import static com.catalysttracker.rules.SampleDocuments.HANGZHOU;
import static com.catalysttracker.rules.SampleDocuments.JIANGSU;
import static com.catalysttracker.rules.SampleDocuments.policy;
import static com.catalysttracker.rules.SampleDocuments.procurement;
import static com.catalysttracker.rules.SampleDocuments.winner;
import static com.catalysttracker.rules.SampleDocuments.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real rules/ folder, compiled as the service compiles it, over documents built here. */
class LaunchRulesTest {
  static final Path RULES = Path.of("rules");
  static final Instant NOW = Instant.parse("2024-07-16T09:00:00Z");
  static RuleBase rules;

  @BeforeAll
  static void compile() {
    rules = RuleBase.compile(RULES);
  }

  static Evaluation evaluate(Document document) {
    return RuleEngine.evaluate(rules, document, NOW);
  }

  @Test
  void theRulesFolderCompilesWithTheFourLaunchThemes() {
    assertThat(RuleBase.check(RULES)).isEmpty();
    assertThat(rules.themes())
        .containsExactlyInAnyOrder(
            "low-altitude", "vehicle-road-cloud", "power-it", "data-elements");
  }

  @Test
  void aStateCouncilPolicyOnLowAltitudeIsTaggedAndHigh() {
    Evaluation result =
        evaluate(
            policy(
                DocType.POLICY,
                IssuerLevel.NATIONAL,
                "国务院办公厅",
                null,
                "国务院办公厅关于促进低空经济高质量发展的意见",
                "发展通用航空和eVTOL，建设起降场。"));

    assertThat(result.themes()).containsExactly("low-altitude");
    assertThat(result.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.severity()).isEqualTo(Severity.HIGH);
              assertThat(alert.theme()).isEqualTo("low-altitude");
              assertThat(alert.rule())
                  .isEqualTo("a national or ministry policy in a theme is high");
              assertThat(alert.message()).contains("国务院办公厅", "低空经济高质量发展", "国家级低空经济政策");
              assertThat(alert.explanation().file()).isEqualTo("catalysts.drl");
              assertThat(alert.explanation().line()).isPositive();
              assertThat(alert.explanation().matchedTerms()).contains("低空经济", "evtol", "起降场");
            });
  }

  @Test
  void provincialPlansAreMediumAndDistrictPoliciesLow() {
    Evaluation province =
        evaluate(
            policy(
                DocType.POLICY,
                IssuerLevel.PROVINCE,
                "江苏省人民政府",
                JIANGSU,
                "江苏省车路云一体化发展行动计划",
                "推进路侧单元和智慧路口建设。"));
    Evaluation district =
        evaluate(
            policy(
                DocType.POLICY,
                IssuerLevel.DISTRICT,
                "南山区工业和信息化局",
                new com.catalysttracker.document.Region("广东省", "深圳市", "440305"),
                "南山区支持低空经济发展若干措施",
                "无人机"));

    assertThat(province.alerts()).extracting(Alert::severity).containsExactly(Severity.MEDIUM);
    assertThat(province.themes()).containsExactly("vehicle-road-cloud");
    assertThat(district.alerts()).extracting(Alert::severity).containsExactly(Severity.LOW);
  }

  @Test
  void aDraftForCommentIsMediumAndKeyedByItsBaseTitle() {
    Evaluation draft =
        evaluate(
            policy(
                DocType.POLICY_DRAFT,
                IssuerLevel.MINISTRY,
                "国家数据局",
                null,
                "关于促进数据产业高质量发展的指导意见（征求意见稿）",
                "推动数据要素市场化配置，数据资产入表。"));

    assertThat(draft.themes()).containsExactly("data-elements");
    assertThat(draft.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(alert.key()).isEqualTo("draft|data-elements|国家数据局|关于促进数据产业高质量发展的指导意见");
            });
  }

  @Test
  void theFinalVersionOfADraftIsHighAndLinksTheDraft() throws Exception {
    Document draft =
        policy(
            DocType.POLICY_DRAFT,
            IssuerLevel.MINISTRY,
            "国家能源局",
            null,
            "关于加快推进虚拟电厂发展的指导意见（征求意见稿）",
            "虚拟电厂 负荷聚合");
    Document fin =
        policy(
            DocType.POLICY,
            IssuerLevel.MINISTRY,
            "国家能源局",
            null,
            "关于加快推进虚拟电厂发展的指导意见",
            "虚拟电厂 负荷聚合 电力市场");

    List<Alert> alerts =
        RuleEngine.evaluate(rules, fin, NOW, MomentumSource.NONE, policy -> List.of(draft))
            .alerts();

    assertThat(alerts)
        .filteredOn(a -> a.key().startsWith("final|"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.HIGH);
              assertThat(a.key()).isEqualTo("final|power-it|国家能源局|关于加快推进虚拟电厂发展的指导意见");
              assertThat(a.documentIds()).containsExactly(fin.id(), draft.id());
              assertThat(a.message()).contains("正式印发", "2024-06-01 征求意见稿的正式版");
            });
    assertThat(evaluate(fin).alerts()).noneMatch(a -> a.key().startsWith("final|"));
  }

  @Test
  void moneyDecidesTheSeverityOfTendersAndAwards() {
    assertThat(severityOfTender(yuan(1_2000_0000L), null)).containsExactly(Severity.HIGH);
    assertThat(severityOfTender(yuan(1_0000_0000L), null)).containsExactly(Severity.HIGH);
    assertThat(severityOfTender(yuan(9999_9999L), null)).containsExactly(Severity.MEDIUM);
    assertThat(severityOfTender(yuan(1000_0000L), null)).containsExactly(Severity.MEDIUM);
    assertThat(severityOfTender(yuan(350_0000L), null)).containsExactly(Severity.LOW);
    assertThat(severityOfTender(null, null)).containsExactly(Severity.LOW);
    // The awarded amount wins over the budget (DESIGN.md): a ¥150m budget awarded at ¥90m is
    // medium.
    assertThat(severityOfTender(yuan(1_5000_0000L), yuan(9000_0000L)))
        .containsExactly(Severity.MEDIUM);
  }

  private static List<Severity> severityOfTender(
      java.math.BigDecimal budget, java.math.BigDecimal amount) {
    Document tender =
        procurement(
            amount == null ? DocType.TENDER_NOTICE : DocType.AWARD_RESULT,
            "杭州市交通运输局",
            HANGZHOU,
            "HZJT-2024-001",
            "智慧路口及路侧单元建设项目",
            budget,
            amount,
            List.of(),
            "车路协同 智慧路口 路侧单元RSU部署，预算金额：12000万元。");
    return evaluate(tender).alerts().stream().map(Alert::severity).toList();
  }

  @Test
  void aHighOrderMessageSaysPlaceMoneyStageAndProject() {
    Evaluation result =
        evaluate(
            procurement(
                DocType.TENDER_NOTICE,
                "杭州市交通运输局",
                HANGZHOU,
                "HZJT-2024-001",
                "智慧路口及路侧单元建设项目",
                yuan(1_2000_0000L),
                null,
                List.of(),
                "车路协同 智慧路口，预算金额：12000万元。"));

    Alert alert = result.alerts().get(0);
    assertThat(alert.message()).isEqualTo("杭州市 1.2亿元 招标公告：智慧路口及路侧单元建设项目（杭州市交通运输局）");
    assertThat(alert.key()).isEqualTo("order|vehicle-road-cloud|tender_notice|HZJT-2024-001");
    assertThat(alert.explanation().thresholds()).containsExactly("money.high = 1_0000_0000");
    assertThat(alert.explanation().evidence())
        .anySatisfy(
            e -> {
              assertThat(e.field()).isEqualTo("budget_yuan");
              assertThat(e.snippet()).contains("12000万");
            });
  }

  @Test
  void anAwardWonByAListedSubsidiaryNamesTheCompanyAndCode() {
    Evaluation result =
        evaluate(
            procurement(
                DocType.AWARD_RESULT,
                "南京市交通运输局",
                new com.catalysttracker.document.Region("江苏省", "南京市", "320100"),
                "NJ-2024-88",
                "低空飞行服务平台建设项目",
                null,
                yuan(860_0000L),
                List.of(winner("南京莱斯信息技术股份有限公司北京分公司", "688631", "莱斯信息", yuan(860_0000L))),
                "低空飞行服务平台 中标供应商：南京莱斯信息技术股份有限公司北京分公司 中标金额：860万元"));

    assertThat(result.alerts())
        .extracting(Alert::severity)
        .containsExactlyInAnyOrder(Severity.HIGH, Severity.LOW);
    Alert listed =
        result.alerts().stream()
            .filter(a -> a.key().startsWith("listed|"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.message()).contains("莱斯信息（688631）", "南京莱斯信息技术股份有限公司北京分公司", "860万元");
    assertThat(listed.explanation().evidence())
        .anySatisfy(e -> assertThat(e.snippet()).contains("中标供应商：南京莱斯信息技术股份有限公司北京分公司"));
  }

  @Test
  void exclusionWordsKeepADataCentreAirConditionerOutOfDataElements() {
    Evaluation result =
        evaluate(
            procurement(
                DocType.TENDER_NOTICE,
                "某市大数据局",
                HANGZHOU,
                "DSJ-2024-7",
                "数据中心机房空调采购项目",
                yuan(2000_0000L),
                null,
                List.of(),
                "采购数据中心机房空调，服务于数据资产管理平台。"));

    assertThat(result.themes()).isEmpty();
    assertThat(result.alerts()).isEmpty();
  }

  @Test
  void aSingleBroadPowerTermInTheTextIsNotEnoughButInTheTitleItIs() {
    Document textOnly =
        procurement(
            DocType.TENDER_NOTICE,
            "某市城投",
            HANGZHOU,
            "CT-1",
            "园区照明改造项目",
            yuan(100_0000L),
            null,
            List.of(),
            "含储能设备一套。");
    Document inTitle =
        procurement(
            DocType.TENDER_NOTICE,
            "国网江苏省电力有限公司",
            JIANGSU,
            "SGJS-1",
            "储能电站能量管理采购",
            yuan(100_0000L),
            null,
            List.of(),
            "详见附件。");

    assertThat(evaluate(textOnly).themes()).isEmpty();
    assertThat(evaluate(inTitle).themes()).containsExactly("power-it");
  }

  @Test
  void theThirdThemeAwardInAProvinceWithinThirtyDaysIsMediumMomentum() throws Exception {
    Document award =
        procurement(
            DocType.AWARD_RESULT,
            "南京市交通运输局",
            new com.catalysttracker.document.Region("江苏省", "南京市", "320100"),
            "NJ-9",
            "无人机巡检服务",
            null,
            yuan(50_0000L),
            List.of(),
            "无人机巡检");
    MomentumSource third =
        (document, themes, window) ->
            List.of(new Momentum("low-altitude", "江苏省", (int) window.toDays(), 3, 3, 2.0));
    MomentumSource second =
        (document, themes, window) ->
            List.of(new Momentum("low-altitude", "江苏省", (int) window.toDays(), 2, 2, 2.0));

    List<Alert> alerts = RuleEngine.evaluate(rules, award, NOW, third, DraftSource.NONE).alerts();

    assertThat(alerts)
        .filteredOn(a -> a.key().startsWith("momentum|"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(a.key()).isEqualTo("momentum|low-altitude|江苏省");
              assertThat(a.message()).isEqualTo("江苏省 30天内第3个低空经济中标：无人机巡检服务");
              assertThat(a.explanation().thresholds()).containsExactly("momentum.awards = 3");
            });
    assertThat(RuleEngine.evaluate(rules, award, NOW, second, DraftSource.NONE).alerts())
        .noneMatch(a -> a.key().startsWith("momentum"));
  }

  @Test
  void aMonthAtTwiceTheTrailingAverageIsMediumMomentum() throws Exception {
    Document award =
        procurement(
            DocType.AWARD_RESULT,
            "南京市交通运输局",
            new com.catalysttracker.document.Region("江苏省", "南京市", "320100"),
            "NJ-9",
            "无人机巡检服务",
            null,
            yuan(50_0000L),
            List.of(),
            "无人机巡检");
    MomentumSource doubled =
        (document, themes, window) -> List.of(new Momentum("low-altitude", "江苏省", 30, 2, 2, 1.0));
    MomentumSource steady =
        (document, themes, window) -> List.of(new Momentum("low-altitude", "江苏省", 30, 2, 2, 1.34));

    assertThat(RuleEngine.evaluate(rules, award, NOW, doubled, DraftSource.NONE).alerts())
        .extracting(Alert::key)
        .contains("momentum-month|low-altitude|江苏省|2024-7");
    assertThat(RuleEngine.evaluate(rules, award, NOW, steady, DraftSource.NONE).alerts())
        .noneMatch(a -> a.key().startsWith("momentum"));
  }

  @Test
  void aDocumentOutsideEveryThemeRaisesNothing() {
    Evaluation result =
        evaluate(
            policy(
                DocType.POLICY,
                IssuerLevel.NATIONAL,
                "国务院",
                null,
                "国务院关于进一步做好稳就业工作的通知",
                "做好高校毕业生就业工作。"));

    assertThat(result.themes()).isEmpty();
    assertThat(result.alerts()).isEmpty();
  }
}
