package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.crawl.SourceStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `crawlers status` prints one line per source with family, runs, documents, health and last block,
 * and a count per health.
 */
class CrawlersStatusTableTest {

  @Test
  void oneLinePerSourceThenACountPerHealth() {
    Instant run = Instant.parse("2026-12-07T03:10:22Z");
    String table =
        CrawlersCommand.Status.table(
            List.of(
                new SourceStatus(
                    "ah-gov",
                    "anhui-label",
                    "policy",
                    run,
                    run,
                    8,
                    SourceStatus.Health.HEALTHY,
                    null,
                    List.of(),
                    null),
                new SourceStatus(
                    "caac",
                    "trs-was5",
                    "policy",
                    run,
                    Instant.parse("2026-12-06T01:00:00Z"),
                    0,
                    SourceStatus.Health.BLOCKED,
                    run,
                    List.of("blocked: …"),
                    null),
                new SourceStatus(
                    "suzhou-gov",
                    "kaipuyun",
                    "policy",
                    null,
                    null,
                    0,
                    SourceStatus.Health.NEVER_RUN,
                    null,
                    List.of(),
                    null)));

    assertThat(table.lines().toList())
        .containsExactly(
            "source           family       kind         last run             last success         documents  health     last blocked",
            "ah-gov           anhui-label  policy       2026-12-07 03:10:22  2026-12-07 03:10:22          8  healthy    -",
            "caac             trs-was5     policy       2026-12-07 03:10:22  2026-12-06 01:00:00          0  blocked    2026-12-07 03:10:22",
            "suzhou-gov       kaipuyun     policy       -                    -                            0  never-run  -",
            "3 sources · 1 healthy · 1 blocked · 1 never-run");
  }
}
