package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.alert.Severity;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Follow-ups found through the real documents and alerts indices (issue #7): a correction published
 * on another site, with the project code written in full-width capitals, still finds the tender's
 * alert.
 */
class FollowUpIT {
  static final RuleBase RULES = RuleBase.compile(Path.of("rules"));
  IndexNames names;
  DocumentIndex documents;
  AlertStore store;

  @BeforeEach
  void freshIndices(TestInfo test) throws Exception {
    names =
        new IndexNames(
            TestElasticsearch.prefixFor(FollowUpIT.class)
                + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT)
                + "-");
    // The shared test node keeps its data between runs; start each test from empty indices.
    TestElasticsearch.deleteIndices(names.documents());
    TestElasticsearch.deleteIndices(names.alerts());
    new IndexConfigApplier(TestElasticsearch.client(), Path.of("index-config"), names).apply();
    documents =
        new DocumentIndex(
            TestElasticsearch.client(),
            names,
            ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    store = new AlertStore(TestElasticsearch.client(), names);
  }

  RuleEngine engineAt(String instant) {
    return new RuleEngine(
        RULES,
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
        MomentumSource.NONE,
        DraftSource.NONE,
        new IndexedEarlierAlerts(TestElasticsearch.client(), names, store));
  }

  static Document notice(
      String url,
      DocType type,
      String code,
      String title,
      LocalDate published,
      @Nullable BigDecimal budget,
      String text) {
    return new Document(
        DocumentIds.forUrl(url),
        url.contains("ccgp") ? "ccgp" : "ggzy",
        url,
        List.of(),
        title,
        type,
        published,
        "贵阳大数据交易所有限责任公司",
        IssuerLevel.ENTERPRISE,
        null,
        new Region("贵州省", "贵阳市", "520100"),
        code,
        "数据资产入表服务平台升级项目",
        budget,
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        published.atStartOfDay().toInstant(ZoneOffset.UTC),
        List.of());
  }

  /** What the crawl sink does with one document: evaluate, index with themes, store the alerts. */
  List<Alert> crawled(RuleEngine engine, Document document) throws Exception {
    Evaluation evaluation = engine.evaluate(document);
    documents.indexAll(List.of(document.withThemes(evaluation.themes())));
    documents.refresh();
    return store.record(evaluation.alerts());
  }

  @Test
  void aCorrectionOnAnotherSiteFollowsUpTheTendersStoredAlert() throws Exception {
    Document tender =
        notice(
            "https://www.ccgp.gov.cn/cggg/GZZB-2025-FW-0418.htm",
            DocType.TENDER_NOTICE,
            "GZZB-2025-FW-0418",
            "数据资产入表服务平台升级项目招标公告",
            LocalDate.of(2025, 11, 18),
            BigDecimal.valueOf(680_0000L),
            "数据资产入表 数据要素 预算金额：680万元");
    List<Alert> tenderAlerts = crawled(engineAt("2025-11-18T10:00:00Z"), tender);
    assertThat(tenderAlerts)
        .singleElement()
        .satisfies(a -> assertThat(a.theme()).isEqualTo("data-elements"));

    Document correction =
        notice(
            "https://ggzy.guizhou.gov.cn/jyxx/GZZB-2025-FW-0418-gz.html",
            DocType.CORRECTION,
            "ＧＺＺＢ－２０２５－ＦＷ－０４１８",
            "数据资产入表服务平台升级项目招标公告更正公告",
            LocalDate.of(2025, 11, 24),
            BigDecimal.valueOf(720_0000L),
            "更正事项：预算金额变更为720万元，投标截止时间及开标时间变更为2025年12月15日9时30分。");
    List<Alert> followUps = crawled(engineAt("2025-11-24T10:00:00Z"), correction);

    assertThat(followUps)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.follows()).containsExactly(tenderAlerts.get(0).id());
              assertThat(alert.severity()).isEqualTo(Severity.LOW);
              assertThat(alert.message()).contains("金额 680万元 → 720万元", "开标时间变更为2025年12月15日9时30分");
            });
    Alert stored = store.latest(followUps.get(0).key()).orElseThrow();
    assertThat(stored.follows()).containsExactly(tenderAlerts.get(0).id());
    assertThat(stored.documentIds()).containsExactly(correction.id(), tender.id());
  }

  @Test
  void theSameCorrectionRecrawledDoesNotFollowUpTwiceNorFollowItself() throws Exception {
    Document tender =
        notice(
            "https://www.ccgp.gov.cn/cggg/GZ-7.htm",
            DocType.TENDER_NOTICE,
            "GZ-7",
            "数据资产入表服务平台升级项目招标公告",
            LocalDate.of(2025, 11, 18),
            BigDecimal.valueOf(680_0000L),
            "数据资产入表 预算金额：680万元");
    crawled(engineAt("2025-11-18T10:00:00Z"), tender);
    Document termination =
        notice(
            "https://www.ccgp.gov.cn/cggg/GZ-7-zz.htm",
            DocType.TERMINATION,
            "GZ-7",
            "数据资产入表服务平台升级项目终止公告",
            LocalDate.of(2025, 11, 26),
            null,
            "因采购需求变化，本项目终止。");

    List<Alert> first = crawled(engineAt("2025-11-26T10:00:00Z"), termination);
    Evaluation again = engineAt("2025-11-27T10:00:00Z").evaluate(termination);

    assertThat(first)
        .singleElement()
        .satisfies(a -> assertThat(a.message()).startsWith("终止：").contains("项目状态改为终止"));
    // Re-evaluated, the termination finds only the tender's alert (not its own follow-up) and its
    // key is a duplicate.
    assertThat(again.alerts())
        .singleElement()
        .satisfies(a -> assertThat(a.follows()).doesNotContain(first.get(0).id()));
    assertThat(store.record(again.alerts())).isEmpty();
  }

  @Test
  void aCorrectionOfAProjectThatNeverAlertedIsQuiet() throws Exception {
    Document correction =
        notice(
            "https://www.ccgp.gov.cn/cggg/GZ-9-gz.htm",
            DocType.CORRECTION,
            "GZ-9",
            "某项目更正公告",
            LocalDate.of(2025, 11, 24),
            null,
            "开标时间变更为2025年12月15日。");

    assertThat(crawled(engineAt("2025-11-24T10:00:00Z"), correction)).isEmpty();
  }
}
