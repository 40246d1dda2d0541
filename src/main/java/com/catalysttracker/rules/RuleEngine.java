package com.catalysttracker.rules;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.runtime.KieSession;

/**
 * Runs documents through the live rule base: the entry point the crawler calls for each extracted
 * document. The rule base is swapped atomically when the rules folder changes; an evaluation in
 * flight finishes on the rule base it started with. Thread-safe.
 */
public final class RuleEngine {
  static final String MOMENTUM_WINDOW = "momentum.window";
  private final AtomicReference<RuleBase> current;
  private final Clock clock;
  private final MomentumSource momentum;
  private final DraftSource drafts;
  private final EarlierAlertSource earlierAlerts;

  public RuleEngine(RuleBase ruleBase, Clock clock) {
    this(ruleBase, clock, MomentumSource.NONE, DraftSource.NONE, EarlierAlertSource.NONE);
  }

  /**
   * An engine whose momentum rules count earlier awards and whose final policies find their drafts.
   */
  public RuleEngine(RuleBase ruleBase, Clock clock, MomentumSource momentum, DraftSource drafts) {
    this(ruleBase, clock, momentum, drafts, EarlierAlertSource.NONE);
  }

  /** … and whose corrections and terminations find the alerts their project already raised. */
  public RuleEngine(
      RuleBase ruleBase,
      Clock clock,
      MomentumSource momentum,
      DraftSource drafts,
      EarlierAlertSource earlierAlerts) {
    this.current = new AtomicReference<>(ruleBase);
    this.clock = clock;
    this.momentum = momentum;
    this.drafts = drafts;
    this.earlierAlerts = earlierAlerts;
  }

  /** The themes {@code document} belongs to and the alerts it raises (before de-duplication). */
  public Evaluation evaluate(Document document) throws IOException {
    return evaluate(current.get(), document, clock.instant(), momentum, drafts, earlierAlerts);
  }

  /** Replaces the live rule base; evaluations already running finish on the old one. */
  public void swap(RuleBase ruleBase) {
    current.set(ruleBase);
  }

  public RuleBase ruleBase() {
    return current.get();
  }

  /** One document through one rule base, at {@code now} (alerts' created_at). */
  public static Evaluation evaluate(RuleBase base, Document document, Instant now) {
    try {
      return evaluate(base, document, now, MomentumSource.NONE, DraftSource.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException("unreachable: nothing is read without a momentum source", e);
    }
  }

  /**
   * One document through one rule base, with earlier awards and drafts looked up through the
   * sources.
   */
  public static Evaluation evaluate(
      RuleBase base, Document document, Instant now, MomentumSource momentum, DraftSource drafts)
      throws IOException {
    return evaluate(base, document, now, momentum, drafts, EarlierAlertSource.NONE);
  }

  /**
   * One document through one rule base, with earlier awards, drafts and a project's earlier alerts
   * looked up.
   */
  public static Evaluation evaluate(
      RuleBase base,
      Document document,
      Instant now,
      MomentumSource momentum,
      DraftSource drafts,
      EarlierAlertSource earlierAlerts)
      throws IOException {
    TermMatcher.Matches matches = base.matcher().match(document.title() + "\n" + document.text());
    Alerts alerts = new Alerts(base, now);
    KieSession session = base.newSession();
    try {
      if (base.declaresGlobal(Alerts.GLOBAL)) {
        session.setGlobal(Alerts.GLOBAL, alerts);
      }
      if (base.declaresGlobal("thresholds")) {
        session.setGlobal("thresholds", base.thresholds());
      }
      session.insert(new Doc(document, matches.terms()));
      for (String term : matches.terms()) {
        session.insert(new Mention(term));
      }
      for (Map.Entry<String, List<String>> theme : matches.themeTerms().entrySet()) {
        if (!matches.themeExclusions().containsKey(theme.getKey())) {
          session.insert(
              new ThemeMatch(
                  theme.getKey(), base.matcher().nameOf(theme.getKey()), theme.getValue()));
        }
      }
      List<String> candidates =
          matches.themeTerms().keySet().stream()
              .filter(theme -> !matches.themeExclusions().containsKey(theme))
              .toList();
      if (!candidates.isEmpty() && base.thresholds().has(MOMENTUM_WINDOW)) {
        for (Momentum m :
            momentum.momentumOf(
                document, candidates, base.thresholds().duration(MOMENTUM_WINDOW))) {
          session.insert(m);
        }
      }
      if (!candidates.isEmpty()) {
        for (Document draft : drafts.draftsOf(document)) {
          session.insert(new EarlierDraft(new Doc(draft, Set.of())));
        }
      }
      // Not gated on themes: a correction rarely repeats the vocabulary its tender matched.
      for (EarlierAlerts earlier : earlierAlerts.earlierAlertsOf(document)) {
        session.insert(earlier);
      }
      session.fireAllRules();
      List<String> themes =
          session.getObjects(Theme.class::isInstance).stream()
              .map(o -> ((Theme) o).id())
              .distinct()
              .sorted()
              .toList();
      return new Evaluation(themes, alerts.raised());
    } finally {
      session.dispose();
    }
  }
}
