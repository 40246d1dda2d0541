package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleProblem;
import com.catalysttracker.rules.RuleStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderViewTest {
  private static final Instant COMPILED = Instant.parse("2026-12-01T08:00:00Z");
  private static final List<String> THEMES =
      List.of("data-elements", "low-altitude", "power-it", "vehicle-road-cloud");

  @TempDir Path temp;

  @Test
  void listsEveryRuleFileWithItsTextAndThemeButNotTheAnalystsNotes() throws Exception {
    Path rules = RuleFolderCopies.copyOfLaunchRules(temp.resolve("rules"));

    RuleFolderView view =
        RuleFolderView.of(rules, new RuleStatus(COMPILED, 15, THEMES, null, List.of()));

    assertThat(view.files())
        .extracting(RuleFolderView.RuleFile::path)
        .contains(
            "catalysts.drl",
            "low-altitude.drl",
            "low-altitude.vocab",
            "thresholds.properties",
            "tests/hangzhou-smart-intersection-tender.json")
        .doesNotContain("README.md");
    RuleFolderView.RuleFile lowAltitude = file(view, "low-altitude.drl");
    assertThat(lowAltitude.theme()).isEqualTo("low-altitude");
    assertThat(lowAltitude.kind()).isEqualTo("drl");
    assertThat(lowAltitude.content())
        .isEqualTo(Files.readString(rules.resolve("low-altitude.drl"), StandardCharsets.UTF_8));
    assertThat(file(view, "catalysts.drl").theme()).isNull();
    assertThat(view.rejectedAt()).isNull();
    assertThat(view.problems()).isEmpty();
  }

  @Test
  void aRejectedEditsProblemsAreFiledUnderTheirFileWithLineAndColumn() throws Exception {
    Path rules = RuleFolderCopies.copyOfLaunchRules(temp.resolve("rules"));
    RuleFolderCopies.breakLowAltitude(rules);
    List<RuleProblem> problems = RuleBase.check(rules);

    RuleFolderView view =
        RuleFolderView.of(
            rules, new RuleStatus(COMPILED, 15, THEMES, COMPILED.plusSeconds(60), problems));

    assertThat(view.rejectedAt()).isEqualTo(COMPILED.plusSeconds(60));
    assertThat(view.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo("low-altitude.drl"));
    RuleFolderView.Problem first = view.problems().get(0);
    assertThat(first.line()).isEqualTo(RuleFolderCopies.BROKEN_LINE);
    assertThat(first.location())
        .isEqualTo(rules.resolve("low-altitude.drl") + ":" + first.line() + ":" + first.column());
    assertThat(file(view, "low-altitude.drl").problems()).isEqualTo(view.problems());
    assertThat(file(view, "power-it.drl").problems()).isEmpty();
    assertThat(file(view, "low-altitude.drl").content())
        .startsWith(RuleFolderCopies.MARKUP_COMMENT + "\n");
  }

  @Test
  void aProblemWithTheFolderItselfBelongsToNoFile() {
    Path rules = RuleFolderCopies.copyOfLaunchRules(temp.resolve("rules"));
    RuleProblem folder =
        new RuleProblem(rules.toString(), 0, 0, "no .drl files: the rules folder has no rules");

    RuleFolderView view =
        RuleFolderView.of(rules, new RuleStatus(COMPILED, 15, THEMES, COMPILED, List.of(folder)));

    assertThat(view.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isNull();
              assertThat(p.location()).isEqualTo(rules + ":0:0");
            });
    assertThat(view.files()).allSatisfy(f -> assertThat(f.problems()).isEmpty());
  }

  @Test
  void aFileThatIsNotUtf8SaysSoInsteadOfShowingGarbage() throws Exception {
    Path rules = RuleFolderCopies.copyOfLaunchRules(temp.resolve("rules"));
    Files.write(rules.resolve("gbk.vocab"), "低空".getBytes("GBK"));

    RuleFolderView view =
        RuleFolderView.of(rules, new RuleStatus(COMPILED, 15, THEMES, null, List.of()));

    RuleFolderView.RuleFile gbk = file(view, "gbk.vocab");
    assertThat(gbk.content()).isNull();
    assertThat(gbk.note()).contains("not UTF-8");
  }

  private static RuleFolderView.RuleFile file(RuleFolderView view, String path) {
    return view.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
  }
}
