package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays documents through rule bases and sends nothing: what would fire, and how an edited copy
 * of the rules changes that. Alerts are de-duplicated by key as the store would (first one kept).
 */
public final class Backtest {
  private final Map<String, Alert> left = new LinkedHashMap<>();
  private final Map<String, Alert> right = new LinkedHashMap<>();
  private final RuleBase rules;
  private final RuleBase compared;
  private int documents;

  /**
   * A backtest of {@code rules}, compared with {@code edited} (pass the same rule base to only
   * list).
   */
  public Backtest(RuleBase rules, RuleBase edited) {
    this.rules = rules;
    this.compared = edited;
  }

  /** Runs one document through both rule bases, dated at its fetch time (or {@code fallback}). */
  public void add(Document document, Instant fallback) {
    Instant at = document.fetchedAt() != null ? document.fetchedAt() : fallback;
    documents++;
    for (Alert alert : RuleEngine.evaluate(rules, document, at).alerts()) {
      left.putIfAbsent(alert.key(), alert);
    }
    if (compared != rules) {
      for (Alert alert : RuleEngine.evaluate(compared, document, at).alerts()) {
        right.putIfAbsent(alert.key(), alert);
      }
    }
  }

  public int documents() {
    return documents;
  }

  /** Every alert the first rule base raises, one per key. */
  public List<Alert> alerts() {
    return List.copyOf(left.values());
  }

  /** Alerts only the edited rules raise, or raise at another severity. */
  public List<Alert> appearing() {
    return differences(right, left);
  }

  /** Alerts only the first rules raise, or raise at another severity. */
  public List<Alert> disappearing() {
    return differences(left, right);
  }

  private List<Alert> differences(Map<String, Alert> from, Map<String, Alert> other) {
    if (compared == rules) {
      return List.of();
    }
    List<Alert> result = new ArrayList<>();
    for (Alert alert : from.values()) {
      Alert counterpart = other.get(alert.key());
      if (counterpart == null || counterpart.severity() != alert.severity()) {
        result.add(alert);
      }
    }
    return result;
  }
}
