package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who gets which alerts by email: {@code themes} (or {@code *} for all, {@code ops} for operations
 * alerts) at or above {@code minSeverity}, sent at once; with {@code digestAt} (delivery: digest),
 * also one daily mail at that Shanghai time with the day's alerts of those themes below {@code
 * minSeverity}.
 */
record Subscription(
    String recipient, Set<String> themes, Severity minSeverity, @Nullable LocalTime digestAt) {
  Subscription {
    themes = Set.copyOf(themes);
  }

  Subscription(String recipient, Set<String> themes, Severity minSeverity) {
    this(recipient, themes, minSeverity, null);
  }

  boolean wants(Alert alert) {
    return inThemes(alert) && alert.severity().atLeast(minSeverity);
  }

  /** An alert the daily digest carries: in the themes, below the immediate threshold. */
  boolean wantsInDigest(Alert alert) {
    return digestAt != null && inThemes(alert) && !alert.severity().atLeast(minSeverity);
  }

  private boolean inThemes(Alert alert) {
    return themes.contains("*") || themes.contains(alert.theme());
  }
}
