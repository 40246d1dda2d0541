package com.catalysttracker.rules;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The live rule base and the last rejected edit, for health and the UI.
 *
 * @param rejectedAt when the last edit was rejected; null when the folder as it is now is running
 * @param problems why it was rejected, each with its file, line and column
 * @param startedFromCopy the saved copy the running rules were compiled from, when the folder did
 *     not compile at start-up ({@link LastGoodRules}); null when they came from the folder
 */
public record RuleStatus(
    Instant compiledAt,
    int ruleCount,
    List<String> themes,
    @Nullable Instant rejectedAt,
    List<RuleProblem> problems,
    LastGoodRules.@Nullable Saved startedFromCopy) {
  public RuleStatus {
    themes = List.copyOf(themes);
    problems = List.copyOf(problems);
  }

  /** Rules compiled from the folder itself. */
  public RuleStatus(
      Instant compiledAt,
      int ruleCount,
      List<String> themes,
      @Nullable Instant rejectedAt,
      List<RuleProblem> problems) {
    this(compiledAt, ruleCount, themes, rejectedAt, problems, null);
  }
}
