package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Evidence;
import com.catalysttracker.alert.Explanation;
import com.catalysttracker.alert.Severity;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The collector global {@code alerts}: a rule's consequence calls {@link #raise} and the alert is
 * built here with its explanation (rule file and line, matched terms, thresholds crossed and the
 * page snippets of the facts it quotes). One per evaluation; not thread-safe.
 */
public final class Alerts {
  static final String GLOBAL = "alerts";
  private static final Duration DEFAULT_REALERT = Duration.ofDays(30);
  private static final int SNIPPET_RADIUS = 24;
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final RuleBase base;
  private final Instant now;
  private final List<Alert> raised = new ArrayList<>();

  /**
   * A document alerting in several themes (or by several rules) quotes the same evidence: built
   * once (#7).
   */
  private final Map<Doc, List<Evidence>> evidenceByDoc = new IdentityHashMap<>();

  Alerts(RuleBase base, Instant now) {
    this.base = base;
    this.now = now;
  }

  /** Raises an alert about {@code doc} in {@code theme}; {@code key} de-duplicates it. */
  public void raise(
      RuleContext drools, Theme theme, Doc doc, Severity severity, String key, String message) {
    raise(drools, theme.id(), theme.name(), theme.terms(), List.of(doc), severity, key, message);
  }

  /** Raises an alert about several documents (e.g. a draft and its final version). */
  public void raise(
      RuleContext drools,
      Theme theme,
      List<Doc> docs,
      Severity severity,
      String key,
      String message) {
    raise(drools, theme.id(), theme.name(), theme.terms(), docs, severity, key, message);
  }

  /**
   * Raises a follow-up of {@code earlier} (the alerts a project already raised in one theme) about
   * {@code doc}, a correction or termination: in the earlier alerts' theme, citing {@code doc} and
   * the earlier notices, naming the earlier alerts in {@code follows}.
   */
  public void followUp(
      RuleContext drools,
      EarlierAlerts earlier,
      Doc doc,
      Severity severity,
      String key,
      String message) {
    List<Doc> docs = new ArrayList<>();
    docs.add(doc);
    docs.addAll(earlier.documents());
    raise(
        drools,
        earlier.theme(),
        earlier.themeName(),
        earlier.terms(),
        docs,
        severity,
        key,
        message,
        earlier.alertIds());
  }

  private void raise(
      RuleContext drools,
      String theme,
      String themeName,
      List<String> terms,
      List<Doc> docs,
      Severity severity,
      String key,
      String message) {
    raise(drools, theme, themeName, terms, docs, severity, key, message, List.of());
  }

  private void raise(
      RuleContext drools,
      String theme,
      String themeName,
      List<String> terms,
      List<Doc> docs,
      Severity severity,
      String key,
      String message,
      List<String> follows) {
    if (raised.stream().anyMatch(a -> a.key().equals(key))) {
      return; // two rules of a theme, or a theme tagged twice, must not raise one catalyst twice
    }
    Rule rule = drools.getRule();
    String kiePath =
        rule instanceof RuleImpl impl && impl.getResource() != null
            ? impl.getResource().getSourcePath()
            : "";
    RuleSource source = base.source(kiePath, rule.getName());
    List<String> thresholds =
        source.thresholdKeys().stream().map(base.thresholds()::describe).toList();
    Duration realert = source.realertAfter() != null ? source.realertAfter() : defaultRealert();
    List<Evidence> evidence = new ArrayList<>();
    for (Doc doc : docs) {
      evidence.addAll(evidenceByDoc.computeIfAbsent(doc, Alerts::evidenceOf));
    }
    String oneLine = LINE_BREAKS.matcher(message).replaceAll(" ").strip();
    raised.add(
        new Alert(
            DocumentIds.forUrl(key + "|" + now),
            rule.getName(),
            theme,
            severity,
            key,
            oneLine,
            docs.stream().map(Doc::id).distinct().toList(),
            now,
            realert,
            new Explanation(themeName, source.file(), source.line(), terms, thresholds, evidence),
            follows));
  }

  private Duration defaultRealert() {
    return base.thresholds().has("realert.default")
        ? base.thresholds().duration("realert.default")
        : DEFAULT_REALERT;
  }

  List<Alert> raised() {
    return List.copyOf(raised);
  }

  /** The facts an alert quotes, each with the page text around it. */
  static List<Evidence> evidenceOf(Doc doc) {
    List<Evidence> evidence = new ArrayList<>();
    String page = doc.title() + "\n" + doc.text();
    LocalDate published = doc.published();
    if (published != null) {
      evidence.add(
          new Evidence("published", published.toString(), snippet(page, dateForms(published))));
    }
    BigDecimal money = doc.money();
    if (money != null) {
      String field = doc.amountYuan() != null ? "amount_yuan" : "budget_yuan";
      evidence.add(new Evidence(field, doc.moneyText(), snippet(page, moneyForms(money))));
    }
    for (Winner winner : doc.winners()) {
      String value =
          winner.listed() == null
              ? winner.name()
              : winner.name() + "（" + winner.listed().name() + " " + winner.listed().code() + "）";
      evidence.add(new Evidence("winners", value, snippet(page, List.of(winner.name()))));
    }
    return evidence;
  }

  private static List<String> dateForms(LocalDate date) {
    return List.of(
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
        date.toString(),
        date.toString().replace('-', '/'),
        date.toString().replace('-', '.'));
  }

  static List<String> moneyForms(BigDecimal yuan) {
    List<String> forms = new ArrayList<>();
    BigDecimal plain = yuan.stripTrailingZeros();
    String digits = plain.toPlainString();
    // The forms String.format(Locale.ROOT, "%,.2f" / "%,d") gives, without its per-call locale
    // lookups: they were the largest cost of building an alert (#7 figures).
    forms.add(grouped(yuan.setScale(2, RoundingMode.HALF_UP).toPlainString()));
    forms.add(grouped(Long.toString(yuan.longValue())));
    forms.add(digits);
    forms.add(plain.movePointLeft(4).stripTrailingZeros().toPlainString() + "万");
    forms.add(plain.movePointLeft(8).stripTrailingZeros().toPlainString() + "亿");
    forms.add(yuan.movePointLeft(4).setScale(6, RoundingMode.HALF_UP).toPlainString());
    return forms;
  }

  /** {@code number} (plain, optional sign and fraction) with a comma every three integer digits. */
  static String grouped(String number) {
    int start = number.startsWith("-") ? 1 : 0;
    int point = number.indexOf('.');
    int end = point < 0 ? number.length() : point;
    StringBuilder out = new StringBuilder(number.length() + (end - start) / 3);
    out.append(number, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(number.charAt(i));
    }
    return out.append(number, end, number.length()).toString();
  }

  /** The text around the first of {@code needles} found on the page; empty when none is. */
  static String snippet(String page, List<String> needles) {
    for (String needle : needles) {
      int at = needle.isEmpty() ? -1 : page.indexOf(needle);
      if (at >= 0) {
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(page.length(), at + needle.length() + SNIPPET_RADIUS);
        return WHITESPACE.matcher(page.substring(from, to)).replaceAll(" ").strip();
      }
    }
    return "";
  }
}
