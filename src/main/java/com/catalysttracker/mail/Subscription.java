package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import java.util.Set;

/**
 * Who gets which alerts by email: {@code themes} (or {@code *} for all, {@code ops} for operations
 * alerts) at or above {@code minSeverity}, sent at once.
 */
record Subscription(String recipient, Set<String> themes, Severity minSeverity) {
  Subscription {
    themes = Set.copyOf(themes);
  }

  boolean wants(Alert alert) {
    return (themes.contains("*") || themes.contains(alert.theme())) && alert.severity().atLeast(minSeverity);
  }
}
