package com.catalysttracker.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a source's crawls have gone, kept between runs with a baseline to compare the latest run
 * against: a list that suddenly shows no items, or detail pages that lose their required fields,
 * mean the site changed its layout.
 *
 * @param source crawler id
 * @param lastRun when the last run ended
 * @param lastSuccess when a run last read at least one list page
 * @param consecutiveFailures runs in a row that read no list page at all
 * @param lastItemsPerPage items the first page of each (non-search) list showed in the last run
 * @param baselineItemsPerPage the usual count per list (moving average over healthy runs)
 * @param lastDetails detail pages extracted in the last run
 * @param lastDetailsMissingFields of those, pages where a required field came back empty
 * @param baselineMissingRate the usual share of such pages
 * @param blocked whether the last run met a block page or challenge (answered with status 200)
 * @param lastBlocked when a run last met one, null if never
 * @param healthy false when any problem stands
 * @param problems what is wrong, one sentence each
 * @param runs runs recorded so far: the next run is number {@code runs + 1}, which decides the
 *     lists with {@code every: N} it reads
 * @param recentRuns the last {@value #RECENT_RUNS} runs, newest first: a source that degrades over
 *     days shows it here before it trips a problem
 */
public record SourceHealth(
    String source,
    @Nullable Instant lastRun,
    @Nullable Instant lastSuccess,
    int consecutiveFailures,
    Map<String, Integer> lastItemsPerPage,
    Map<String, Double> baselineItemsPerPage,
    int lastDetails,
    int lastDetailsMissingFields,
    double baselineMissingRate,
    boolean blocked,
    @Nullable Instant lastBlocked,
    boolean healthy,
    List<String> problems,
    int runs,
    List<RecentRun> recentRuns) {

  /** Runs in a row without any list page read before the source is unhealthy. */
  static final int FAILURES_BEFORE_UNHEALTHY = 3;

  private static final double WEIGHT = 0.2;

  /** Runs kept in {@link #recentRuns}: about a day at the usual half-hourly to hourly schedules. */
  static final int RECENT_RUNS = 24;

  /**
   * One run as the sources page lists it.
   *
   * @param ended when it ended
   * @param listPages list pages read
   * @param details detail pages extracted (new and changed documents)
   * @param detailsMissingFields of those, pages with a required field empty
   * @param blocked whether it met a block page
   * @param healthy whether the source was healthy after it
   */
  public record RecentRun(
      Instant ended,
      int listPages,
      int details,
      int detailsMissingFields,
      boolean blocked,
      boolean healthy) {}

  public SourceHealth {
    lastItemsPerPage = lastItemsPerPage == null ? Map.of() : Map.copyOf(lastItemsPerPage);
    baselineItemsPerPage =
        baselineItemsPerPage == null ? Map.of() : Map.copyOf(baselineItemsPerPage);
    problems = problems == null ? List.of() : List.copyOf(problems);
    // Health written before runs were listed has none.
    recentRuns = recentRuns == null ? List.of() : List.copyOf(recentRuns);
  }

  /** Health without the list of recent runs. */
  public SourceHealth(
      String source,
      @Nullable Instant lastRun,
      @Nullable Instant lastSuccess,
      int consecutiveFailures,
      Map<String, Integer> lastItemsPerPage,
      Map<String, Double> baselineItemsPerPage,
      int lastDetails,
      int lastDetailsMissingFields,
      double baselineMissingRate,
      boolean blocked,
      @Nullable Instant lastBlocked,
      boolean healthy,
      List<String> problems,
      int runs) {
    this(
        source,
        lastRun,
        lastSuccess,
        consecutiveFailures,
        lastItemsPerPage,
        baselineItemsPerPage,
        lastDetails,
        lastDetailsMissingFields,
        baselineMissingRate,
        blocked,
        lastBlocked,
        healthy,
        problems,
        runs,
        List.of());
  }

  /** Health without a run count (documents written before runs were counted read as 0). */
  public SourceHealth(
      String source,
      @Nullable Instant lastRun,
      @Nullable Instant lastSuccess,
      int consecutiveFailures,
      Map<String, Integer> lastItemsPerPage,
      Map<String, Double> baselineItemsPerPage,
      int lastDetails,
      int lastDetailsMissingFields,
      double baselineMissingRate,
      boolean blocked,
      @Nullable Instant lastBlocked,
      boolean healthy,
      List<String> problems) {
    this(
        source,
        lastRun,
        lastSuccess,
        consecutiveFailures,
        lastItemsPerPage,
        baselineItemsPerPage,
        lastDetails,
        lastDetailsMissingFields,
        baselineMissingRate,
        blocked,
        lastBlocked,
        healthy,
        problems,
        0);
  }

  public static SourceHealth initial(String source) {
    return new SourceHealth(
        source, null, null, 0, Map.of(), Map.of(), 0, 0, 0.0, false, null, true, List.of(), 0);
  }

  /**
   * What one run saw.
   *
   * @param firstPageItems items on page 1 of each non-search list that could be read
   * @param listPagesRead list pages read
   * @param details detail pages extracted
   * @param detailsMissingFields of those, pages with a required field empty
   * @param blocked the block pages met, one line each (list, marker, URL)
   */
  record Run(
      Map<String, Integer> firstPageItems,
      int listPagesRead,
      int details,
      int detailsMissingFields,
      List<String> blocked) {
    Run {
      blocked = List.copyOf(blocked);
    }

    Run(
        Map<String, Integer> firstPageItems,
        int listPagesRead,
        int details,
        int detailsMissingFields) {
      this(firstPageItems, listPagesRead, details, detailsMissingFields, List.of());
    }
  }

  /** The health after {@code run}, judged against this (the previous) state's baseline. */
  SourceHealth after(Run run, Instant now) {
    boolean readSomething = run.listPagesRead() > 0;
    int failures = readSomething ? 0 : consecutiveFailures + 1;
    List<String> found = new ArrayList<>();
    Map<String, Double> baseline = new LinkedHashMap<>(baselineItemsPerPage);
    run.firstPageItems()
        .forEach(
            (list, count) -> {
              Double usual = baselineItemsPerPage.get(list);
              if (count == 0 && usual != null && usual >= 1) {
                found.add(
                    String.format(
                        Locale.ROOT,
                        "list '%s' showed no items on page 1 (usually %.1f): the site may have changed its layout",
                        list,
                        usual));
              } else if (count > 0) {
                baseline.put(list, usual == null ? count : (1 - WEIGHT) * usual + WEIGHT * count);
              }
            });
    double missingBaseline = baselineMissingRate;
    if (run.details() > 0) {
      double rate = (double) run.detailsMissingFields() / run.details();
      if (run.detailsMissingFields() > 0 && rate >= 0.5 && rate > baselineMissingRate + 0.25) {
        found.add(
            String.format(
                Locale.ROOT,
                "%d of %d detail pages came back without required fields (usually %.0f%%): the detail layout may have changed",
                run.detailsMissingFields(),
                run.details(),
                baselineMissingRate * 100));
      } else {
        missingBaseline = (1 - WEIGHT) * baselineMissingRate + WEIGHT * rate;
      }
    }
    boolean isBlocked = !run.blocked().isEmpty();
    if (isBlocked) {
      found.add(
          "blocked: the site answered a block page or challenge instead of a list ("
              + String.join("; ", run.blocked())
              + "); nothing from it was indexed, the next run tries again");
    }
    if (failures >= FAILURES_BEFORE_UNHEALTHY) {
      found.add(
          failures
              + " runs in a row could not read any list page: the site is down, blocking us, or moved");
    }
    List<RecentRun> recent = new ArrayList<>(RECENT_RUNS);
    recent.add(
        new RecentRun(
            now,
            run.listPagesRead(),
            run.details(),
            run.detailsMissingFields(),
            isBlocked,
            found.isEmpty()));
    recent.addAll(recentRuns.subList(0, Math.min(recentRuns.size(), RECENT_RUNS - 1)));
    return new SourceHealth(
        source,
        now,
        readSomething ? now : lastSuccess,
        failures,
        run.firstPageItems(),
        baseline,
        run.details(),
        run.detailsMissingFields(),
        missingBaseline,
        isBlocked,
        isBlocked ? now : lastBlocked,
        found.isEmpty(),
        found,
        runs + 1,
        recent);
  }
}
