package com.catalysttracker.rules;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The live rule base and the last rejected edit, for health and the UI.
 *
 * @param rejectedAt when the last edit was rejected; null when the folder as it is now is running
 * @param problems why it was rejected, each with its file, line and column
 */
public record RuleStatus(Instant compiledAt, int ruleCount, List<String> themes, @Nullable Instant rejectedAt,
    List<RuleProblem> problems) {
  public RuleStatus {
    themes = List.copyOf(themes);
    problems = List.copyOf(problems);
  }
}
