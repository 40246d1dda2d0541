package com.catalysttracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.Severity;
import com.catalysttracker.crawl.SourceHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which health changes make an operations alert, and what it says. */
class OpsAlertsTest {
  static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  static final SourceHealth HEALTHY = SourceHealth.initial("ccgp");
  static final SourceHealth EMPTY_LIST =
      health(
          false,
          false,
          "list '地方公告' showed no items on page 1 (usually 20.0): the site may have changed its layout");
  static final SourceHealth BLOCKED =
      health(true, false, "blocked: the site answered a block page (频繁访问)");

  static SourceHealth health(boolean blocked, boolean healthy, String problem) {
    return new SourceHealth(
        "ccgp",
        NOW,
        NOW,
        0,
        Map.of(),
        Map.of(),
        0,
        0,
        0.0,
        blocked,
        blocked ? NOW : null,
        healthy,
        List.of(problem));
  }

  @Test
  void aListThatTurnsEmptyIsAHighUnhealthyAlertNamingTheProblem() {
    assertThat(OpsAlerts.alertFor(HEALTHY, EMPTY_LIST, NOW, Duration.ofDays(1)))
        .hasValueSatisfying(
            alert -> {
              assertThat(alert.key()).isEqualTo("ops|ccgp|unhealthy");
              assertThat(alert.theme()).isEqualTo("ops");
              assertThat(alert.severity()).isEqualTo(Severity.HIGH);
              assertThat(alert.message()).isEqualTo("ccgp 采集异常：" + EMPTY_LIST.problems().get(0));
              assertThat(alert.explanation().file()).isEqualTo("crawlers/ccgp.yml");
              assertThat(alert.realertAfter()).isEqualTo(Duration.ofDays(1));
            });
  }

  @Test
  void anUnhealthySourceThatGetsBlockedAlertsAgainUnderTheBlockedKey() {
    assertThat(OpsAlerts.alertFor(EMPTY_LIST, BLOCKED, NOW, Duration.ofDays(1)))
        .hasValueSatisfying(alert -> assertThat(alert.key()).isEqualTo("ops|ccgp|blocked"));
  }

  @Test
  void aSecondRunInTheSameBadStateRaisesNothing() {
    assertThat(OpsAlerts.alertFor(BLOCKED, BLOCKED, NOW, Duration.ofDays(1))).isEmpty();
    assertThat(OpsAlerts.alertFor(EMPTY_LIST, EMPTY_LIST, NOW, Duration.ofDays(1))).isEmpty();
    assertThat(OpsAlerts.alertFor(HEALTHY, HEALTHY, NOW, Duration.ofDays(1))).isEmpty();
  }

  @Test
  void aRecoveryIsAMediumAlertSayingWhatWasWrong() {
    assertThat(OpsAlerts.alertFor(BLOCKED, HEALTHY, NOW, Duration.ofDays(1)))
        .hasValueSatisfying(
            alert -> {
              assertThat(alert.key()).isEqualTo("ops|ccgp|recovered");
              assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(alert.message()).startsWith("ccgp 恢复正常：此前被站点拦截");
            });
  }
}
