package com.catalysttracker.rules;

import static com.catalysttracker.rules.SampleDocuments.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing the live rules folder: good edits are swapped in, broken ones leave the old rules
 * running.
 */
class RuleReloaderTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-16T09:00:00Z"), ZoneOffset.UTC);
  static final Document STATE_COUNCIL_ON_DRONES =
      policy(
          DocType.POLICY, IssuerLevel.NATIONAL, "国务院", null, "国务院关于无人驾驶航空器飞行管理的通知", "无人驾驶航空器 飞行管理");

  @TempDir Path temp;

  @Test
  void aBrokenEditIsRejectedWithItsLocationAndTheOldRulesKeepRunning() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleEngine engine = new RuleEngine(RuleBase.compile(rules), CLOCK);
    try (RuleReloader reloader = new RuleReloader(engine, rules, Duration.ofMillis(200), CLOCK)) {
      reloader.start();
      Path file = rules.resolve("low-altitude.drl");
      RuleFolders.write(file, RuleFolders.read(file).replace("insert(", "insert(("));

      await().atMost(Duration.ofSeconds(30)).until(() -> reloader.status().rejectedAt() != null);

      assertThat(reloader.status().problems()).first().asString().startsWith(file + ":");
      assertThat(engine.evaluate(STATE_COUNCIL_ON_DRONES).themes()).containsExactly("low-altitude");
    }
  }

  @Test
  void aGoodEditIsSwappedInWithinSeconds() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleEngine engine = new RuleEngine(RuleBase.compile(rules), CLOCK);
    RuleBase before = engine.ruleBase();
    try (RuleReloader reloader = new RuleReloader(engine, rules, Duration.ofMillis(200), CLOCK)) {
      reloader.start();
      // The analyst retires the low-altitude theme by deleting its rule file.
      java.nio.file.Files.delete(rules.resolve("low-altitude.drl"));

      await().atMost(Duration.ofSeconds(30)).until(() -> engine.ruleBase() != before);

      assertThat(reloader.status().rejectedAt()).isNull();
      assertThat(engine.evaluate(STATE_COUNCIL_ON_DRONES).themes()).isEmpty();
    }
  }

  @Test
  void reloadByHandReportsTheProblemsAndKeepsTheRunningRuleBase() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleEngine engine = new RuleEngine(RuleBase.compile(rules), CLOCK);
    RuleBase before = engine.ruleBase();
    RuleReloader reloader = new RuleReloader(engine, rules, Duration.ofMillis(200), CLOCK);
    RuleFolders.write(rules.resolve("thresholds.properties"), "money.high = lots\n");

    RuleStatus status = reloader.reload();

    assertThat(engine.ruleBase()).isSameAs(before);
    assertThat(status.rejectedAt()).isEqualTo(CLOCK.instant());
    assertThat(status.problems())
        .extracting(RuleProblem::toString)
        .contains(
            rules.resolve("thresholds.properties")
                + ":1:14: 'lots' is neither a number (1_0000_0000) nor a duration (30d, 12h, P30D)");
  }
}
