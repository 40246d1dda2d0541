package com.catalysttracker.rules;

/**
 * How fast a theme's awards arrive in one province, counted in the index (so it holds across
 * restarts) including the document being evaluated: awards in the last {@code windowDays} days, in
 * the document's month so far, and the average of the three months before.
 */
public record Momentum(
    String theme,
    String province,
    int windowDays,
    long awardsInWindow,
    long awardsThisMonth,
    double trailingMonthlyAverage) {
  public String getTheme() {
    return theme;
  }

  public long getAwardsInWindow() {
    return awardsInWindow;
  }

  public long getAwardsThisMonth() {
    return awardsThisMonth;
  }

  public double getTrailingMonthlyAverage() {
    return trailingMonthlyAverage;
  }
}
