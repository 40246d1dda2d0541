package com.catalysttracker.rules;

import static com.catalysttracker.rules.SampleDocuments.HANGZHOU;
import static com.catalysttracker.rules.SampleDocuments.policy;
import static com.catalysttracker.rules.SampleDocuments.procurement;
import static com.catalysttracker.rules.SampleDocuments.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.Severity;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.IssuerLevel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst editing a copy of rules/ sees: new themes without Java, errors at file:line:col.
 */
class RuleFolderTest {
  static final Instant NOW = Instant.parse("2024-07-16T09:00:00Z");

  @TempDir Path temp;

  @Test
  void aNewThemeIsAddedByDroppingItsRuleAndVocabularyFilesIntoTheFolder() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleFolders.write(
        rules.resolve("tax-it.vocab"),
        """
        # 财税IT: tax reform, e-invoices, budget integration
        @name 财税IT
        数电票
        金税
        金税四期
        预算管理一体化
        [exclude]
        金税盾
        """);
    RuleFolders.write(
        rules.resolve("tax-it.drl"),
        """
        package catalyst.themes.tax_it;

        import com.catalysttracker.rules.ThemeMatch;
        import com.catalysttracker.rules.Theme;

        rule "tax-it: a document that mentions its vocabulary is in the theme"
        when
            $match : ThemeMatch( theme == "tax-it" )
        then
            insert( Theme.of($match) );
        end
        """);

    RuleBase base = RuleBase.compile(rules);
    Evaluation tender =
        RuleEngine.evaluate(
            base,
            procurement(
                DocType.TENDER_NOTICE,
                "杭州市财政局",
                HANGZHOU,
                "HZCZ-2024-3",
                "预算管理一体化系统升级项目",
                yuan(1_5000_0000L),
                null,
                List.of(),
                "建设预算管理一体化系统，支持数电票。"),
            NOW);

    assertThat(base.themes()).contains("tax-it");
    assertThat(tender.themes()).containsExactly("tax-it");
    assertThat(tender.alerts())
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.theme()).isEqualTo("tax-it");
              assertThat(alert.severity()).isEqualTo(Severity.HIGH);
              assertThat(alert.explanation().matchedTerms())
                  .containsExactlyInAnyOrder("预算管理一体化", "数电票");
            });
  }

  @Test
  void aBrokenRuleFileIsReportedAtItsFileLineAndColumn() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("low-altitude.drl");
    // Line 9 loses its closing parenthesis, as a hurried edit would.
    RuleFolders.write(
        file,
        RuleFolders.read(file)
            .replace("theme == \"low-altitude\" )", "theme == \"low-altitude\" "));

    List<RuleProblem> problems = RuleBase.check(rules);

    // One message, at the first place the parser could tell: the 'then' after the open parenthesis.
    assertThat(problems)
        .singleElement()
        .hasToString(
            file
                + ":10:1: [ERR 102] Line 10:0 mismatched input 'then'"
                + " in rule \"low-altitude: a document that mentions its vocabulary is in the theme\"");
    assertThatThrownBy(() -> RuleBase.compile(rules))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageStartingWith(file + ":10:1:");
  }

  @Test
  void aParserErrorInsideALineIsReportedAtItsColumn() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("low-altitude.drl");
    List<String> lines = RuleFolders.read(file).lines().toList();
    int line =
        lines.indexOf(
                lines.stream()
                    .filter(l -> l.contains("theme == \"low-altitude\" )"))
                    .findFirst()
                    .orElseThrow())
            + 1;
    // A stray token in the middle of the constraint line: the parser stops at it, not at column 1.
    RuleFolders.write(
        file,
        RuleFolders.read(file)
            .replace("theme == \"low-altitude\" )", "theme == \"low-altitude\" ) )"));

    List<RuleProblem> problems = RuleBase.check(rules);

    assertThat(problems).isNotEmpty();
    RuleProblem first = problems.get(0);
    assertThat(first.line()).isEqualTo(line);
    assertThat(first.column()).isGreaterThan(1);
    assertThat(first.toString()).contains("Line " + line + ":" + (first.column() - 1) + " ");
  }

  @Test
  void aTypeErrorInAConstraintNamesTheFileAndLine() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("vehicle-road-cloud.drl");
    RuleFolders.write(
        file,
        RuleFolders.read(file)
            .replace("theme == \"vehicle-road-cloud\"", "themez == \"vehicle-road-cloud\""));

    List<RuleProblem> problems = RuleBase.check(rules);

    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.path()).isEqualTo(file.toString()));
    assertThat(problems.get(0).line()).isEqualTo(9);
    assertThat(problems.get(0).message()).contains("themez");
  }

  @Test
  void aRuleReadingAnUnknownThresholdIsRejectedWithWhereAndWhatToAdd() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("catalysts.drl");
    RuleFolders.write(
        file,
        RuleFolders.read(file)
            .replaceFirst(
                java.util.regex.Pattern.quote("thresholds.yuan(\"money.high\")) )"),
                "thresholds.yuan(\"money.huge\")) )"));

    List<String> lines = RuleFolders.read(file).lines().toList();
    int line =
        java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("money.huge"))
                .findFirst()
                .orElseThrow()
            + 1;
    int column = lines.get(line - 1).indexOf("money.huge") + 1;

    List<RuleProblem> problems = RuleBase.check(rules);

    assertThat(problems)
        .singleElement()
        .hasToString(
            file
                + ":"
                + line
                + ":"
                + column
                + ": threshold 'money.huge' is not in"
                + " thresholds.properties; add 'money.huge = VALUE' there");
  }

  @Test
  void vocabularyAndThresholdMistakesNameTheirLine() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleFolders.write(rules.resolve("power-it.vocab"), "电力市场\n虚拟电厂\n电力市场\n[include]\n");
    RuleFolders.write(
        rules.resolve("thresholds.properties"),
        "money.high = 1_0000_0000\nmoney.medium = ten million\nrealert.default = 30d\n"
            + "momentum.awards = 3\nmomentum.window = 30d\nmomentum.month-factor = 2\n");

    assertThat(RuleBase.check(rules))
        .extracting(RuleProblem::toString)
        .containsExactlyInAnyOrder(
            rules.resolve("power-it.vocab") + ":3:1: '电力市场' is listed twice; remove one",
            rules.resolve("power-it.vocab")
                + ":4:1: unknown section '[include]': a vocabulary has its terms,"
                + " then one optional [exclude] section",
            rules.resolve("thresholds.properties")
                + ":2:16: 'ten million' is neither a number (1_0000_0000)"
                + " nor a duration (30d, 12h, P30D)");
  }

  @Test
  void aFolderWithoutRulesSaysSo() {
    assertThat(RuleBase.check(temp))
        .extracting(RuleProblem::toString)
        .containsExactly(temp + ":0:0: no .drl files: the rules folder has no rules");
  }

  @Test
  void aThresholdEditChangesSeverityWithoutTouchingRules() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    RuleFolders.write(
        rules.resolve("thresholds.properties"),
        RuleFolders.read(rules.resolve("thresholds.properties"))
            .replace("money.high = 1_0000_0000", "money.high = 5000_0000"));

    Evaluation result =
        RuleEngine.evaluate(
            RuleBase.compile(rules),
            procurement(
                DocType.AWARD_RESULT,
                "杭州市数据资源局",
                HANGZHOU,
                "HZSJ-1",
                "公共数据授权运营平台",
                null,
                yuan(6000_0000L),
                List.of(),
                "公共数据授权运营"),
            NOW);

    assertThat(result.alerts()).extracting(Alert::severity).containsExactly(Severity.HIGH);
  }

  @Test
  void aRealertWindowOnARuleIsCarriedByItsAlerts() {
    Path rules = RuleFolders.copyOfLaunchRules(temp.resolve("rules"));
    Path file = rules.resolve("catalysts.drl");
    RuleFolders.write(
        file,
        RuleFolders.read(file)
            .replace(
                "rule \"a district's policy in a theme is low\"\n",
                "rule \"a district's policy in a theme is low\"\n    @realert(\"7d\")\n"));

    Evaluation result =
        RuleEngine.evaluate(
            RuleBase.compile(rules),
            policy(
                DocType.POLICY, IssuerLevel.DISTRICT, "南山区人民政府", HANGZHOU, "南山区低空经济产业扶持办法", "无人机"),
            NOW);

    assertThat(result.alerts())
        .singleElement()
        .satisfies(a -> assertThat(a.realertAfter()).isEqualTo(java.time.Duration.ofDays(7)));
  }
}
