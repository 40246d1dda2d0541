package com.catalysttracker.alert;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sector-catalyst alert (DESIGN.md): {@code key} de-duplicates it, {@code documentIds} link the
 * documents that caused it and {@code explanation} says why it fired. The same key does not alert
 * again within {@code realertAfter} (the rule's {@code @realert}, else {@code realert.default}). A
 * follow-up (a correction or termination of a project that already alerted) names the alerts it
 * follows up in {@code follows}; empty for every other alert.
 */
public record Alert(
    String id,
    String rule,
    String theme,
    Severity severity,
    String key,
    String message,
    List<String> documentIds,
    Instant createdAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Duration realertAfter,
    Explanation explanation,
    List<String> follows) {
  public Alert {
    documentIds = List.copyOf(documentIds);
    // Alerts stored before follow-ups existed have no such field.
    follows = follows == null ? List.of() : List.copyOf(follows);
  }

  /** An alert that follows up nothing. */
  public Alert(
      String id,
      String rule,
      String theme,
      Severity severity,
      String key,
      String message,
      List<String> documentIds,
      Instant createdAt,
      Duration realertAfter,
      Explanation explanation) {
    this(
        id,
        rule,
        theme,
        severity,
        key,
        message,
        documentIds,
        createdAt,
        realertAfter,
        explanation,
        List.of());
  }
}
