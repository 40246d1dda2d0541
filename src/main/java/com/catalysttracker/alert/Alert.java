package com.catalysttracker.alert;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A sector-catalyst alert (DESIGN.md): {@code key} de-duplicates it, {@code documentIds} link the
 * documents that caused it and {@code explanation} says why it fired. The same key does not alert
 * again within {@code realertAfter} (the rule's {@code @realert}, else {@code realert.default}).
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
    Explanation explanation) {
  public Alert {
    documentIds = List.copyOf(documentIds);
  }
}
