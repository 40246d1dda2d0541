package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceHealthRecentRunsTest {
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void keepsTheLastRunsNewestFirstWithWhatEachSaw() {
    SourceHealth health = SourceHealth.initial("ccgp");
    for (int i = 0; i < SourceHealth.RECENT_RUNS + 6; i++) {
      health =
          health.after(
              new SourceHealth.Run(Map.of("central", 5), 2, i, 0), START.plus(Duration.ofHours(i)));
    }

    assertThat(health.recentRuns()).hasSize(SourceHealth.RECENT_RUNS);
    SourceHealth.RecentRun newest = health.recentRuns().get(0);
    assertThat(newest.ended())
        .isEqualTo(START.plus(Duration.ofHours(SourceHealth.RECENT_RUNS + 5)));
    assertThat(newest.details()).isEqualTo(SourceHealth.RECENT_RUNS + 5);
    assertThat(newest.listPages()).isEqualTo(2);
    assertThat(health.recentRuns().get(SourceHealth.RECENT_RUNS - 1).ended())
        .isEqualTo(START.plus(Duration.ofHours(6)));
    assertThat(health.runs()).isEqualTo(SourceHealth.RECENT_RUNS + 6);
  }

  @Test
  void aBlockedRunAndARunThatLostItsListAreMarkedAsSuch() {
    SourceHealth health =
        SourceHealth.initial("ccgp")
            .after(new SourceHealth.Run(Map.of("central", 5), 1, 3, 0), START);
    health =
        health.after(new SourceHealth.Run(Map.of("central", 0), 1, 0, 0), START.plusSeconds(3600));
    health =
        health.after(
            new SourceHealth.Run(
                Map.of(), 0, 0, 0, List.of("central: 安全验证 at https://www.ccgp.gov.cn/")),
            START.plusSeconds(7200));

    assertThat(health.recentRuns())
        .extracting(SourceHealth.RecentRun::blocked)
        .containsExactly(true, false, false);
    assertThat(health.recentRuns())
        .extracting(SourceHealth.RecentRun::healthy)
        .containsExactly(false, false, true);
  }
}
