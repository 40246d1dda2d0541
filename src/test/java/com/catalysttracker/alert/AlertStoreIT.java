package com.catalysttracker.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.rules.Evaluation;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Alerts raised by the real rules, stored in the real alerts index and de-duplicated by key. */
class AlertStoreIT {
  static RuleBase rules;
  AlertStore store;

  @BeforeAll
  static void compile() {
    rules = RuleBase.compile(Path.of("rules"));
  }

  @BeforeEach
  void freshIndex(TestInfo test) throws IOException {
    IndexNames names =
        new IndexNames(
            TestElasticsearch.prefixFor(AlertStoreIT.class)
                + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT)
                + "-");
    // The shared test node keeps its data between runs; alerts left by the last run would be
    // duplicates.
    TestElasticsearch.client()
        .indices()
        .delete(d -> d.index(names.versioned("alerts", 1)).ignoreUnavailable(true));
    new IndexConfigApplier(TestElasticsearch.client(), Path.of("index-config"), names).apply();
    store = new AlertStore(TestElasticsearch.client(), names);
  }

  /** The same 1.2亿 tender as published on ccgp and on a provincial trading centre. */
  static Document tender(String url) {
    String text = "智慧路口 车路协同 路侧单元 项目编号：HZJT-2024-001 预算金额：12000万元";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        "杭州市智慧路口建设项目公开招标公告",
        DocType.TENDER_NOTICE,
        LocalDate.of(2024, 7, 15),
        "杭州市交通运输局",
        IssuerLevel.CITY,
        null,
        new Region("浙江省", "杭州市", "330100"),
        "HZJT-2024-001",
        "智慧路口建设项目",
        BigDecimal.valueOf(1_2000_0000L),
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-07-16T08:00:00Z"),
        List.of());
  }

  List<Alert> raise(Document document, Instant at) throws IOException {
    Evaluation evaluation = RuleEngine.evaluate(rules, document, at);
    return store.record(evaluation.alerts());
  }

  @Test
  void theSameCatalystOnTwoSitesAlertsOnce() throws IOException {
    Instant now = Instant.parse("2024-07-16T09:00:00Z");

    List<Alert> first = raise(tender("https://www.ccgp.gov.cn/cggg/dfgg/HZJT-2024-001.htm"), now);
    List<Alert> second =
        raise(tender("https://ggzy.hangzhou.gov.cn/jyxx/HZJT-2024-001.html"), now.plusSeconds(60));

    assertThat(first)
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.HIGH));
    assertThat(second).isEmpty();
    assertThat(store.recent(10)).hasSize(1);
  }

  @Test
  void aKeyAlertsAgainOnlyAfterItsRealertWindow() throws IOException {
    Instant now = Instant.parse("2024-07-16T09:00:00Z");
    Document tender = tender("https://www.ccgp.gov.cn/cggg/dfgg/HZJT-2024-001.htm");

    assertThat(raise(tender, now)).hasSize(1);
    assertThat(raise(tender, now.plus(Duration.ofDays(29)))).isEmpty();
    assertThat(raise(tender, now.plus(Duration.ofDays(30)))).hasSize(1);
    assertThat(store.recent(10)).hasSize(2);
  }

  @Test
  void aStoredAlertKeepsItsExplanationAndLinks() throws IOException {
    Document tender = tender("https://www.ccgp.gov.cn/cggg/dfgg/HZJT-2024-001.htm");
    raise(tender, Instant.parse("2024-07-16T09:00:00Z"));

    Alert stored =
        store.latest("order|vehicle-road-cloud|tender_notice|HZJT-2024-001").orElseThrow();

    assertThat(stored.documentIds()).containsExactly(tender.id());
    assertThat(stored.realertAfter()).isEqualTo(Duration.ofDays(30));
    assertThat(stored.explanation().file()).isEqualTo("catalysts.drl");
    assertThat(stored.explanation().thresholds()).containsExactly("money.high = 1_0000_0000");
    assertThat(stored.explanation().evidence())
        .extracting(Evidence::field)
        .contains("published", "budget_yuan");
  }
}
