package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build runs the analysts' tests in rules/tests, and a wrong expectation fails with its file.
 */
class AnalystRuleTestsTest {
  @TempDir Path temp;

  @Test
  void theRuleTestsNextToTheRulesPass() throws Exception {
    Path rules = Path.of("rules");

    assertThat(RuleTests.files(rules)).isNotEmpty();
    assertThat(RuleTests.run(RuleBase.compile(rules), rules)).isEmpty();
  }

  @Test
  void aWrongExpectationIsReportedWithItsFileAndTheDifference() throws Exception {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    java.nio.file.Files.createDirectories(rules.resolve("tests"));
    Path test = rules.resolve("tests/wrong.json");
    RuleFolders.write(
        test,
        RuleFolders.read(Path.of("rules/tests/hangzhou-smart-intersection-tender.json"))
            .replace("\"severity\": \"high\"", "\"severity\": \"medium\""));

    assertThat(RuleTests.run(RuleBase.compile(rules), rules))
        .extracting(Object::toString)
        .containsExactly(
            test
                + ": alerts [high order|vehicle-road-cloud|tender_notice|HZJT-2024-001], expected"
                + " [medium order|vehicle-road-cloud|tender_notice|HZJT-2024-001]");
  }
}
