package com.catalysttracker.rules;

import static com.catalysttracker.rules.SampleDocuments.HANGZHOU;
import static com.catalysttracker.rules.SampleDocuments.procurement;
import static com.catalysttracker.rules.SampleDocuments.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing the running rules with an edited copy over the same documents. */
class BacktestTest {
  @TempDir Path temp;

  static final List<Document> DOCUMENTS =
      List.of(
          procurement(
              DocType.TENDER_NOTICE,
              "杭州市交通运输局",
              HANGZHOU,
              "A-1",
              "智慧路口建设项目",
              yuan(6000_0000L),
              null,
              List.of(),
              "智慧路口 车路协同"),
          procurement(
              DocType.TENDER_NOTICE,
              "杭州市交通运输局",
              HANGZHOU,
              "A-1",
              "智慧路口建设项目",
              yuan(6000_0000L),
              null,
              List.of(),
              "智慧路口 车路协同 (re-crawled)"),
          procurement(
              DocType.AWARD_RESULT,
              "杭州市数据资源局",
              HANGZHOU,
              "B-2",
              "可信数据空间建设项目",
              null,
              yuan(300_0000L),
              List.of(),
              "可信数据空间"));

  @Test
  void listsOneAlertPerKeyAndSendsNothing() {
    RuleBase rules = RuleBase.compile(Path.of("rules"));
    Backtest backtest = new Backtest(rules, rules);
    DOCUMENTS.forEach(d -> backtest.add(d, Instant.parse("2024-07-16T00:00:00Z")));

    assertThat(backtest.documents()).isEqualTo(3);
    assertThat(backtest.alerts())
        .extracting(Alert::key)
        .containsExactly(
            "order|vehicle-road-cloud|tender_notice|A-1", "order|data-elements|award_result|B-2");
    assertThat(backtest.appearing()).isEmpty();
    assertThat(backtest.disappearing()).isEmpty();
  }

  @Test
  void showsWhichAlertsAnEditMakesAppearAndDisappear() {
    Path edited = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    // Lower the high bar to ¥50m and retire the data-elements theme.
    RuleFolders.write(
        edited.resolve("thresholds.properties"),
        RuleFolders.read(edited.resolve("thresholds.properties"))
            .replace("money.high = 1_0000_0000", "money.high = 5000_0000"));
    RuleFolders.write(
        edited.resolve("data-elements.drl"), "package catalyst.themes.data_elements;\n");
    Backtest backtest = new Backtest(RuleBase.compile(Path.of("rules")), RuleBase.compile(edited));
    DOCUMENTS.forEach(d -> backtest.add(d, Instant.parse("2024-07-16T00:00:00Z")));

    assertThat(backtest.appearing())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.key()).isEqualTo("order|vehicle-road-cloud|tender_notice|A-1");
              assertThat(a.severity()).isEqualTo(Severity.HIGH);
            });
    assertThat(backtest.disappearing())
        .extracting(Alert::key, Alert::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "order|vehicle-road-cloud|tender_notice|A-1", Severity.MEDIUM),
            org.assertj.core.groups.Tuple.tuple(
                "order|data-elements|award_result|B-2", Severity.LOW));
  }
}
