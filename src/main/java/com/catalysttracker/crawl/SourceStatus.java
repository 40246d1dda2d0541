package com.catalysttracker.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One source as an operator sees it: what it is (family, kind), how its runs went, and what it
 * brought into the index. Read by {@link SourceStatusReader}.
 *
 * @param id crawler id
 * @param family the CMS family of its definition ({@code custom} when none)
 * @param kind policy or procurement
 * @param lastRun when its last run ended, null if it never ran
 * @param lastSuccess when a run last read a list page, null if none did
 * @param documents documents in the index whose {@code source} is this one
 * @param verdict the verdict of the last run
 * @param lastBlocked when a run last met a block page, null if never
 * @param problems what is wrong, one sentence each (empty when healthy)
 * @param health the persisted health in full (items per list page against the baseline, detail
 *     pages missing fields…), null if the source never ran
 */
public record SourceStatus(
    String id,
    String family,
    String kind,
    @Nullable Instant lastRun,
    @Nullable Instant lastSuccess,
    long documents,
    Health verdict,
    @Nullable Instant lastBlocked,
    List<String> problems,
    @Nullable SourceHealth health) {

  /** The verdict on a source. */
  public enum Health {
    HEALTHY,
    UNHEALTHY,
    /** The last run met a block page or challenge: unhealthy, and the cause is known. */
    BLOCKED,
    /** No run has recorded health yet. */
    NEVER_RUN;

    /** As printed and sent over the API: healthy, unhealthy, blocked, never-run. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public SourceStatus {
    problems = List.copyOf(problems);
  }

  static SourceStatus of(
      String id, String family, String kind, @Nullable SourceHealth health, long documents) {
    if (health == null) {
      return new SourceStatus(
          id, family, kind, null, null, documents, Health.NEVER_RUN, null, List.of(), null);
    }
    Health verdict =
        health.blocked() ? Health.BLOCKED : health.healthy() ? Health.HEALTHY : Health.UNHEALTHY;
    return new SourceStatus(
        id,
        family,
        kind,
        health.lastRun(),
        health.lastSuccess(),
        documents,
        verdict,
        health.lastBlocked(),
        health.problems(),
        health);
  }
}
