package com.catalysttracker.ops;

import com.catalysttracker.alert.Severity;
import com.catalysttracker.crawl.SourceHealth;
import java.util.Locale;

/**
 * A source's health as operations alerts see it; the wire name goes into the alert key {@code
 * ops|<source>|<state>}.
 */
enum SourceState {
  HEALTHY("恢复正常", Severity.MEDIUM),
  UNHEALTHY("采集异常", Severity.HIGH),
  BLOCKED("被站点拦截", Severity.HIGH);

  private final String chinese;
  private final Severity severity;

  SourceState(String chinese, Severity severity) {
    this.chinese = chinese;
    this.severity = severity;
  }

  static SourceState of(SourceHealth health) {
    if (health.blocked()) {
      return BLOCKED;
    }
    return health.healthy() ? HEALTHY : UNHEALTHY;
  }

  /** What the subject says, e.g. 被站点拦截. */
  String chinese() {
    return chinese;
  }

  /**
   * Bad news is high: documents stop arriving and analysts would miss catalysts without knowing; a
   * recovery is medium, so a default subscription (min_severity medium) hears both.
   */
  Severity severity() {
    return severity;
  }

  /** {@code recovered} for a healthy state reached from a bad one, else the lower-cased name. */
  String keyName() {
    return this == HEALTHY ? "recovered" : name().toLowerCase(Locale.ROOT);
  }
}
