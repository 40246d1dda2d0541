package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated data of {@code rules bench} (#7 figures): what it measures must be real rule work.
 */
class RuleBenchTest {
  static final Instant NOW = Instant.parse("2024-07-16T09:00:00Z");

  @Test
  void generatedKeywordRulesCompileAndTagTheirThemeWhenTheDocumentMentionsTheKeyword(
      @TempDir Path temp) throws IOException {
    RuleBase base =
        RuleBase.compile(RuleBench.withKeywordRules(Path.of("rules"), temp.resolve("rules"), 201));
    assertThat(base.ruleCount()).isEqualTo(RuleBase.compile(Path.of("rules")).ruleCount() + 201);
    // Keyword 0 is 低空经济 (a launch-theme term), keyword 100 无人机, 200 eVTOL; the rest are never
    // mentioned.
    Document document = RuleBench.documents(1, 1500, 42).get(0);
    Document mentioning =
        new Document(
            document.id(),
            document.source(),
            document.url(),
            document.seenAt(),
            "关于低空经济项目的公告",
            document.docType(),
            document.published(),
            document.issuer(),
            document.issuerLevel(),
            document.docNumber(),
            document.region(),
            document.projectCode(),
            document.projectName(),
            document.budgetYuan(),
            document.amountYuan(),
            document.winners(),
            document.agency(),
            document.themes(),
            "",
            document.contentHash(),
            document.fetchedAt(),
            document.attachments());
    assertThat(RuleEngine.evaluate(base, mentioning, NOW).themes())
        .contains("bench-0", "low-altitude")
        .doesNotContain("bench-1", "bench-2");
  }

  @Test
  void theRealisticMixMentionsThemeVocabularyInOneDocumentInNOnly() {
    RuleBase base = RuleBase.compile(Path.of("rules"));
    List<Document> heavy = RuleBench.documents(200, 1500, 42);
    List<Document> realistic = RuleBench.documents(200, 1500, 42, 20);
    long heavyThemed =
        heavy.stream().filter(d -> !RuleEngine.evaluate(base, d, NOW).themes().isEmpty()).count();
    assertThat(heavyThemed).isGreaterThan(150); // a few mention a theme's exclusion word too
    for (int i = 0; i < realistic.size(); i++) {
      if (i % 20 != 0) {
        assertThat(RuleEngine.evaluate(base, realistic.get(i), NOW).themes())
            .as("document %d", i)
            .isEmpty();
      }
    }
    // The themed documents are the heavy mix's, so both mixes measure the same alerts for them.
    assertThat(realistic.get(20).title()).isEqualTo(heavy.get(20).title());
    assertThat(realistic.get(20).text()).isEqualTo(heavy.get(20).text());
  }
}
