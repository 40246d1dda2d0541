package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The alerts one theme already raised about a project, inserted when a correction (更正) or
 * termination (终止/废标) of that project is evaluated, so a rule can follow them up. One fact per
 * theme, so a follow-up names every earlier alert of its theme in one message.
 *
 * @param theme the earlier alerts' theme id
 * @param themeName its name in alerts, e.g. 数据要素
 * @param alerts the earlier alerts, oldest first
 * @param documents the earlier notices those alerts cite (the document being evaluated left out)
 */
public record EarlierAlerts(
    String theme, String themeName, List<Alert> alerts, List<Doc> documents) {
  public EarlierAlerts {
    alerts = List.copyOf(alerts);
    documents = List.copyOf(documents);
  }

  /**
   * Groups {@code alerts} by theme, each group with the documents among {@code documents} its
   * alerts cite.
   */
  static List<EarlierAlerts> byTheme(List<Alert> alerts, List<Doc> documents) {
    List<EarlierAlerts> facts = new ArrayList<>();
    alerts.stream()
        .map(Alert::theme)
        .distinct()
        .forEach(
            theme -> {
              List<Alert> ofTheme = alerts.stream().filter(a -> a.theme().equals(theme)).toList();
              Set<String> cited = new LinkedHashSet<>();
              ofTheme.forEach(a -> cited.addAll(a.documentIds()));
              facts.add(
                  new EarlierAlerts(
                      theme,
                      ofTheme.get(0).explanation().themeName(),
                      ofTheme,
                      documents.stream().filter(d -> cited.contains(d.id())).toList()));
            });
    return facts;
  }

  public String getTheme() {
    return theme;
  }

  /** The earlier alerts' ids, oldest first. */
  public List<String> alertIds() {
    return alerts.stream().map(Alert::id).toList();
  }

  /** The ids as a message quotes them: {@code 1f3a…, 9bc2…}. */
  public String alertIdsText() {
    return String.join(", ", alertIds());
  }

  /** The highest severity among the earlier alerts: a follow-up reaches whoever got any of them. */
  public Severity severity() {
    return alerts.stream().map(Alert::severity).min(Comparator.naturalOrder()).orElse(Severity.LOW);
  }

  /** The vocabulary terms the earlier alerts matched, for the follow-up's explanation. */
  List<String> terms() {
    Set<String> terms = new LinkedHashSet<>();
    alerts.forEach(a -> terms.addAll(a.explanation().matchedTerms()));
    return List.copyOf(terms);
  }

  /**
   * The latest earlier notice that states money (else the latest one): what a correction is
   * compared with.
   */
  public @Nullable Doc before() {
    Comparator<Doc> byDate =
        Comparator.comparing(
            Doc::published, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
    return documents.stream()
        .filter(Doc::hasMoney)
        .max(byDate)
        .orElse(documents.stream().max(byDate).orElse(null));
  }

  /** The money of {@link #before()}, as analysts write it; 金额未披露 when it stated none. */
  public String moneyTextBefore() {
    Doc before = before();
    return before == null ? "金额未披露" : before.moneyText();
  }

  /** Whether {@code doc} states money and it differs from what the earlier notice stated. */
  public boolean moneyChangedIn(Doc doc) {
    Doc before = before();
    BigDecimal was = before == null ? null : before.money();
    BigDecimal now = doc.money();
    return was != null && now != null && was.compareTo(now) != 0;
  }

  /**
   * What {@code doc} changes, in analysts' words: the money (金额 680万元 → 720万元) and the dates it
   * moves (开标时间变更为2025年12月15日); 未见金额或日期变化 when it names neither.
   */
  public String changesIn(Doc doc) {
    List<String> changes = new ArrayList<>();
    if (moneyChangedIn(doc)) {
      changes.add("金额 " + moneyTextBefore() + " → " + doc.moneyText());
    }
    changes.addAll(doc.dateChanges());
    return changes.isEmpty() ? "未见金额或日期变化" : String.join("；", changes);
  }
}
