package com.catalysttracker.rules;

import static com.catalysttracker.rules.RuleReloaderTest.CLOCK;
import static com.catalysttracker.rules.RuleReloaderTest.STATE_COUNCIL_ON_DRONES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules folder broken before a restart: the service starts on the copy that last compiled. */
class LastGoodRulesTest {

  @TempDir Path temp;

  @Test
  void aFolderThatCompilesIsRunAndSaved() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    LastGoodRules lastGood = new LastGoodRules(temp.resolve("data/rules-last-good"), CLOCK);

    LastGoodRules.Start start = lastGood.start(rules);

    assertThat(start.status().rejectedAt()).isNull();
    assertThat(start.status().startedFromCopy()).isNull();
    assertThat(lastGood.latest())
        .hasValueSatisfying(
            saved -> {
              assertThat(saved.savedAt()).isEqualTo(CLOCK.instant());
              assertThat(saved.dir().resolve("low-altitude.drl"))
                  .hasSameTextualContentAs(rules.resolve("low-altitude.drl"));
            });
  }

  @Test
  void aFolderBrokenBeforeTheStartRunsTheSavedCopyAndReportsTheFoldersProblems() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    LastGoodRules lastGood = new LastGoodRules(temp.resolve("data/rules-last-good"), CLOCK);
    int rulesWhenGood = lastGood.start(rules).base().ruleCount();
    Path file = rules.resolve("low-altitude.drl");
    RuleFolders.write(file, RuleFolders.read(file).replace("insert(", "insert(("));

    LastGoodRules.Start start = lastGood.start(rules);

    assertThat(start.base().ruleCount()).isEqualTo(rulesWhenGood);
    assertThat(new RuleEngine(start.base(), CLOCK).evaluate(STATE_COUNCIL_ON_DRONES).themes())
        .containsExactly("low-altitude");
    assertThat(start.status().rejectedAt()).isEqualTo(CLOCK.instant());
    assertThat(start.status().problems()).first().asString().startsWith(file + ":");
    assertThat(start.status().startedFromCopy()).isNotNull();
    assertThat(start.status().startedFromCopy().dir())
        .isEqualTo(temp.resolve("data/rules-last-good"));
    // The broken folder is not saved over the good copy.
    assertThat(RuleFolders.read(lastGood.latest().orElseThrow().dir().resolve("low-altitude.drl")))
        .doesNotContain("insert((");
  }

  @Test
  void withoutASavedCopyABrokenFolderStillStopsTheStartWithItsProblems() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("low-altitude.drl");
    RuleFolders.write(file, RuleFolders.read(file).replace("insert(", "insert(("));
    LastGoodRules lastGood = new LastGoodRules(temp.resolve("data/rules-last-good"), CLOCK);

    assertThatThrownBy(() -> lastGood.start(rules))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining(file.toString());
    assertThat(lastGood.latest()).isEmpty();
  }

  @Test
  void aSaveCutShortBetweenItsRenamesLeavesThePreviousCopyToFindAgain() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path copy = temp.resolve("data/rules-last-good");
    LastGoodRules lastGood = new LastGoodRules(copy, CLOCK);
    lastGood.save(rules);
    // As if the process died after moving the copy aside and before moving the new one in.
    Files.move(copy, copy.resolveSibling("rules-last-good.old"));

    assertThat(lastGood.latest())
        .hasValueSatisfying(
            saved -> assertThat(saved.dir().getFileName()).hasToString("rules-last-good.old"));
    lastGood.save(rules);
    assertThat(lastGood.latest())
        .hasValueSatisfying(saved -> assertThat(saved.dir()).isEqualTo(copy));
    assertThat(copy.resolveSibling("rules-last-good.old")).doesNotExist();
  }

  @Test
  void anEditThatCompilesWhileRunningReplacesTheCopyAndEndsTheStartUpFallback() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    LastGoodRules lastGood = new LastGoodRules(temp.resolve("data/rules-last-good"), CLOCK);
    lastGood.start(rules);
    Path file = rules.resolve("low-altitude.drl");
    String good = RuleFolders.read(file);
    RuleFolders.write(file, good.replace("insert(", "insert(("));
    LastGoodRules.Start start = lastGood.start(rules);
    RuleEngine engine = new RuleEngine(start.base(), CLOCK);
    try (RuleReloader reloader =
        new RuleReloader(engine, rules, Duration.ofMillis(200), CLOCK, start.status(), lastGood)) {
      assertThat(reloader.status().startedFromCopy()).isNotNull();
      // Still broken: still on the copy.
      assertThat(reloader.reload().startedFromCopy()).isNotNull();

      RuleFolders.write(file, good + "\n// fixed after the restart\n");
      RuleStatus fixed = reloader.reload();

      assertThat(fixed.rejectedAt()).isNull();
      assertThat(fixed.startedFromCopy()).isNull();
      assertThat(
              RuleFolders.read(lastGood.latest().orElseThrow().dir().resolve("low-altitude.drl")))
          .contains("fixed after the restart");
    }
  }
}
