package com.catalysttracker.ops;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.alert.Evidence;
import com.catalysttracker.alert.Explanation;
import com.catalysttracker.crawl.SourceHealth;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.mail.AlertMailer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Raises an operations alert (theme {@code ops}) when a source's health changes state after a run:
 * turned unhealthy, got blocked, or recovered. The key {@code ops|<source>|<state>} de-duplicates,
 * so a source that flaps between states alerts once per state within the re-alert window, and a
 * second bad run in the same state raises nothing at all. Stored alerts are mailed to subscribers
 * whose themes list {@code ops}.
 */
public final class OpsAlerts {
  static final String THEME = "ops";
  static final String THEME_NAME = "运维";
  static final String RULE = "a source whose crawl health changed state";

  private final AlertStore store;
  private final AlertMailer mailer;
  private final Supplier<Duration> realertAfter;
  private final Clock clock;

  /**
   * @param realertAfter how long an {@code ops|<source>|<state>} key stays quiet; read at each
   *     alert, so an edit of {@code realert.ops} in thresholds.properties applies without a restart
   */
  public OpsAlerts(
      AlertStore store, AlertMailer mailer, Supplier<Duration> realertAfter, Clock clock) {
    this.store = store;
    this.mailer = mailer;
    this.realertAfter = realertAfter;
    this.clock = clock;
  }

  /**
   * The alert {@code previous → current} calls for, stored and mailed; empty when the state did not
   * change or it is a duplicate.
   */
  public List<Alert> recorded(SourceHealth previous, SourceHealth current) throws IOException {
    Optional<Alert> alert = alertFor(previous, current, clock.instant(), realertAfter.get());
    if (alert.isEmpty()) {
      return List.of();
    }
    List<Alert> stored = store.record(List.of(alert.get()));
    mailer.send(stored, List.of());
    return stored;
  }

  static Optional<Alert> alertFor(
      SourceHealth previous, SourceHealth current, Instant now, Duration realert) {
    SourceState before = SourceState.of(previous);
    SourceState after = SourceState.of(current);
    if (before == after) {
      return Optional.empty();
    }
    String source = current.source();
    String key = "ops|" + source + "|" + after.keyName();
    String message =
        after == SourceState.HEALTHY
            ? source + " " + after.chinese() + "：此前" + before.chinese() + "，本次采集读到列表"
            : source + " " + after.chinese() + "：" + String.join("；", current.problems());
    List<Evidence> evidence =
        current.problems().stream().map(p -> new Evidence("problems", p, "")).toList();
    // The definition file is where an operator starts: its selectors, block-markers and URLs.
    Explanation explanation =
        new Explanation(
            THEME_NAME,
            "crawlers/" + source + ".yml",
            1,
            List.of(),
            List.of("realert.ops = " + realert),
            evidence);
    return Optional.of(
        new Alert(
            DocumentIds.forUrl(key + "|" + now),
            RULE,
            THEME,
            after.severity(),
            key,
            message,
            List.of(),
            now,
            realert,
            explanation));
  }
}
