package com.catalysttracker.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile; each problem names its file, line and column. */
public final class RuleCompileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  public RuleCompileException(List<RuleProblem> problems) {
    super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }
}
