package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The bench's percentiles are nearest-rank over the measured latencies, and its documents alert at
 * once.
 */
class AlertLatencyBenchTest {
  @Test
  void percentilesAreNearestRank() {
    List<Duration> twenty =
        IntStream.rangeClosed(1, 20).map(i -> 21 - i).mapToObj(Duration::ofMillis).toList();
    AlertLatencyBench.Result result = new AlertLatencyBench.Result(twenty);

    assertThat(result.percentile(50)).isEqualTo(Duration.ofMillis(10));
    assertThat(result.percentile(95)).isEqualTo(Duration.ofMillis(19));
    assertThat(result.percentile(100)).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void eachGeneratedDocumentRaisesOneHighAlertWithAKeyOfItsOwn() {
    RuleBase rules = RuleBase.compile(java.nio.file.Path.of("rules"));
    var first =
        RuleEngine.evaluate(rules, AlertLatencyBench.document("r1", 0), java.time.Instant.now())
            .alerts();
    var second =
        RuleEngine.evaluate(rules, AlertLatencyBench.document("r1", 1), java.time.Instant.now())
            .alerts();

    assertThat(first)
        .singleElement()
        .satisfies(a -> assertThat(a.severity().wireName()).isEqualTo("high"));
    assertThat(second)
        .singleElement()
        .satisfies(a -> assertThat(a.key()).isNotEqualTo(first.get(0).key()));
  }
}
