package com.catalysttracker.rules;

/**
 * One error in the rules folder, printed as {@code path:line:col: message} so editors and terminals
 * can jump to it. {@code line} and {@code column} are 1-based; 0 means unknown.
 */
public record RuleProblem(String path, int line, int column, String message) {
  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": " + message;
  }
}
