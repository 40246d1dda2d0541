package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Momentum counted in the real documents index: what a restarted service still knows. */
class IndexedMomentumIT {
  static final RuleBase RULES = RuleBase.compile(Path.of("rules"));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-20T09:00:00Z"), ZoneOffset.UTC);
  IndexNames names;
  DocumentIndex documents;

  @BeforeEach
  void freshIndex(TestInfo test) throws java.io.IOException {
    names =
        new IndexNames(
            TestElasticsearch.prefixFor(IndexedMomentumIT.class)
                + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT)
                + "-");
    // The shared test node keeps its data between runs; start each test from an empty index.
    TestElasticsearch.deleteIndices(names.prefix());
    new IndexConfigApplier(TestElasticsearch.client(), Path.of("index-config"), names).apply();
    documents =
        new DocumentIndex(
            TestElasticsearch.client(),
            names,
            ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
  }

  static Document award(String code, String province, LocalDate published) {
    String url = "https://www.ccgp.gov.cn/cggg/zbgg/" + code + ".htm";
    String text = "无人机巡检服务 中标金额：50万元";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        "无人机巡检服务中标结果公告 " + code,
        DocType.AWARD_RESULT,
        published,
        "某市交通运输局",
        IssuerLevel.CITY,
        null,
        new Region(province, null, null),
        code,
        "无人机巡检服务 " + code,
        null,
        BigDecimal.valueOf(50_0000L),
        List.of(),
        null,
        List.of("low-altitude"),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-07-20T08:00:00Z"),
        List.of());
  }

  RuleEngine restartedEngine() {
    return new RuleEngine(
        RULES,
        CLOCK,
        new IndexedMomentum(TestElasticsearch.client(), names),
        new IndexedDrafts(TestElasticsearch.client(), names));
  }

  @Test
  void theThirdAwardInAProvinceWithinThirtyDaysAlertsAfterARestart() throws Exception {
    documents.indexAll(
        List.of(
            award("JS-1", "江苏省", LocalDate.of(2024, 6, 25)),
            award("JS-2", "江苏省", LocalDate.of(2024, 7, 10)),
            award("ZJ-1", "浙江省", LocalDate.of(2024, 7, 12)),
            award("JS-0", "江苏省", LocalDate.of(2024, 5, 1))));
    documents.refresh();

    List<Alert> alerts =
        restartedEngine().evaluate(award("JS-3", "江苏省", LocalDate.of(2024, 7, 20))).alerts();
    List<Alert> elsewhere =
        restartedEngine().evaluate(award("ZJ-2", "浙江省", LocalDate.of(2024, 7, 20))).alerts();

    assertThat(alerts).extracting(Alert::key).contains("momentum|low-altitude|江苏省");
    assertThat(elsewhere).extracting(Alert::key).noneMatch(k -> k.startsWith("momentum|"));
  }

  @Test
  void aFinalPolicyFindsItsDraftInTheIndexByIssuerAndTitle() throws Exception {
    Document draft =
        SampleDocuments.policy(
            DocType.POLICY_DRAFT,
            IssuerLevel.MINISTRY,
            "国家数据局",
            null,
            "关于促进企业数据资源开发利用的意见（征求意见稿）",
            "数据要素 数据资产入表");
    Document otherIssuer =
        SampleDocuments.policy(
            DocType.POLICY_DRAFT,
            IssuerLevel.MINISTRY,
            "财政部",
            null,
            "关于促进企业数据资源开发利用的意见（征求意见稿）",
            "数据资产入表");
    documents.indexAll(List.of(draft, otherIssuer));
    documents.refresh();
    Document fin =
        SampleDocuments.policy(
            DocType.POLICY,
            IssuerLevel.MINISTRY,
            "国家数据局",
            null,
            "关于促进企业数据资源开发利用的意见",
            "数据要素 数据资产入表");

    List<Alert> alerts = restartedEngine().evaluate(fin).alerts();

    assertThat(alerts)
        .filteredOn(a -> a.key().startsWith("final|"))
        .singleElement()
        .satisfies(a -> assertThat(a.documentIds()).containsExactly(fin.id(), draft.id()));
  }

  @Test
  void aMonthAtTwiceItsTrailingAverageAlerts() throws Exception {
    // One award in each of April, May and June; two in July with the one evaluated now.
    documents.indexAll(
        List.of(
            award("A-4", "江苏省", LocalDate.of(2024, 4, 10)),
            award("A-5", "江苏省", LocalDate.of(2024, 5, 10)),
            award("A-6", "江苏省", LocalDate.of(2024, 6, 10)),
            award("A-7", "江苏省", LocalDate.of(2024, 7, 2))));
    documents.refresh();

    List<Alert> alerts =
        restartedEngine().evaluate(award("A-7b", "江苏省", LocalDate.of(2024, 7, 20))).alerts();

    assertThat(alerts).extracting(Alert::key).contains("momentum-month|low-altitude|江苏省|2024-7");
  }
}
