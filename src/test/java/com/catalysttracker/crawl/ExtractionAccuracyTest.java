package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.testsupport.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue #6's accuracy figure: every source of {@code crawlers/} that has a site copy is crawled
 * over real HTTP, its documents run through the rules for their themes (as the crawl's sink does),
 * and each field of its expected.json is compared. The per-field tally, with every miss, goes to
 * {@code target/extraction-accuracy.md}; the test fails when a field's count of right answers falls
 * below its pin. A new definition with a site copy joins the report without a code change; raise
 * the pins when it (or a fix) adds right answers.
 */
class ExtractionAccuracyTest {

  static final Path SITES = Path.of("src/test/resources/sites");
  static final Path REPORT = Path.of("target/extraction-accuracy.md");

  /**
   * Right answers per field when last measured (2026-12-07: 17 sources, 159 documents; {@code
   * source} and {@code attachments} are in some answer keys only). Lower one only with the reason
   * in the commit message: a drop means a change broke extraction somewhere.
   */
  static final Map<String, Integer> PINS =
      pins(
          "document", 159,
          "title", 159,
          "published", 159,
          "doc_type", 159,
          "source", 129,
          "issuer", 159,
          "issuer_level", 159,
          "doc_number", 159,
          "region", 158,
          "region.province", 158,
          "region.city", 158,
          "region.code", 158,
          "project_code", 159,
          "project_name", 159,
          "budget_yuan", 158,
          "amount_yuan", 159,
          "winners", 159,
          "winners.name", 159,
          "winners.amount_yuan", 159,
          "winners.listed", 159,
          "agency", 159,
          "themes", 159,
          "attachments", 106);

  /**
   * Fields read from inside an object or list of expected.json, each reported beside its parent.
   */
  static final Map<String, Function<JsonNode, JsonNode>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("region.province", region -> region.path("province"));
    PARTS.put("region.city", region -> region.path("city"));
    PARTS.put("region.code", region -> region.path("code"));
    PARTS.put("winners.name", winners -> each(winners, "name"));
    PARTS.put("winners.amount_yuan", winners -> each(winners, "amount_yuan"));
    PARTS.put("winners.listed", winners -> each(each(winners, "listed"), "code"));
  }

  /** One field's tally over every expected document. */
  static final class Tally {
    int right;
    int total;
    final List<String> misses = new ArrayList<>();
  }

  @Test
  void everyFieldOfEveryCrawlableFixtureIsAtLeastAsRightAsWhenPinned() throws IOException {
    List<String> crawled = new ArrayList<>();
    List<String> notCrawlable = new ArrayList<>();
    for (Path dir : sites()) {
      String id = dir.getFileName().toString();
      (Fixtures.catalog().find(id).isPresent() ? crawled : notCrawlable).add(id);
    }
    RuleBase rules = RuleBase.compile(Path.of("rules"));
    Map<String, Tally> tallies = new LinkedHashMap<>();
    List<String> runs = new ArrayList<>();
    for (String id : crawled) {
      SourceDefinition source = Fixtures.source(id);
      CollectingSink sink = new CollectingSink();
      try (FixtureServer server = Sites.serve(id)) {
        CrawlSummary run =
            Fixtures.engine(new InMemoryCrawlState(), sink)
                .crawl(source, Fixtures.options(server), CrawlListener.NONE)
                .orElseThrow();
        runs.add(id + ": " + run.line() + (run.problems().isEmpty() ? "" : "  " + run.problems()));
      }
      for (JsonNode want : Fixtures.expected(id)) {
        String url = want.get("url").asText();
        Document document = sink.documents.get(url);
        JsonNode got =
            document == null
                ? null
                : asJson(document, RuleEngine.evaluate(rules, document, Instant.now()).themes());
        tally(tallies, id, url, want, got);
      }
    }
    String report = report(crawled, notCrawlable, runs, tallies);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    System.out.println(report);

    assertThat(PINS.keySet())
        .as("fields of expected.json without a pin in " + getClass().getSimpleName())
        .containsAll(tallies.keySet());
    List<String> drops = new ArrayList<>();
    PINS.forEach(
        (field, pin) -> {
          int right = tallies.containsKey(field) ? tallies.get(field).right : 0;
          if (right < pin) {
            drops.add(
                field + ": " + right + " right, pinned at " + pin + " (misses in " + REPORT + ")");
          }
        });
    assertThat(drops).as("fields less often right than pinned").isEmpty();
  }

  private static void tally(
      Map<String, Tally> tallies,
      String source,
      String url,
      JsonNode want,
      @Nullable JsonNode got) {
    count(
        tallies,
        "document",
        source,
        url,
        JsonNodeFactory.instance.textNode(url),
        got == null ? null : got.path("url"));
    for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (field.equals("url")) {
        continue;
      }
      JsonNode wanted =
          field.equals("themes") || field.equals("attachments")
              ? sortedTexts(want.get(field))
              : want.get(field);
      JsonNode found = got == null ? null : got.path(field);
      count(tallies, field, source, url, wanted, found);
      for (Map.Entry<String, Function<JsonNode, JsonNode>> part : PARTS.entrySet()) {
        if (part.getKey().startsWith(field + ".")) {
          count(
              tallies,
              part.getKey(),
              source,
              url,
              part.getValue().apply(nullToMissing(wanted)),
              found == null ? null : part.getValue().apply(nullToMissing(found)));
        }
      }
    }
  }

  private static void count(
      Map<String, Tally> tallies,
      String field,
      String source,
      String url,
      JsonNode want,
      @Nullable JsonNode got) {
    Tally tally = tallies.computeIfAbsent(field, f -> new Tally());
    tally.total++;
    if (got != null && ReferenceSourcesTest.same(missingToNull(want), missingToNull(got))) {
      tally.right++;
    } else {
      tally.misses.add(
          source + " " + url + ": want " + want + " got " + (got == null ? "(no document)" : got));
    }
  }

  /**
   * The crawled document as the contract's JSON, with its themes; lists compared as sets where
   * order means nothing.
   */
  private static JsonNode asJson(Document document, List<String> themes) {
    com.fasterxml.jackson.databind.node.ObjectNode json =
        DocumentJson.mapper().valueToTree(document.withThemes(themes));
    json.set("themes", sortedTexts(json.path("themes")));
    // expected.json lists attachments by URL only.
    json.set("attachments", sortedTexts(each(json.path("attachments"), "url")));
    return json;
  }

  private static String report(
      List<String> crawled,
      List<String> notCrawlable,
      List<String> runs,
      Map<String, Tally> tallies) {
    StringBuilder md = new StringBuilder();
    int documents = tallies.containsKey("document") ? tallies.get("document").total : 0;
    md.append("# Extraction accuracy\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d documents of %d sources crawled from their site copies (`%s`) and compared with each"
                + " `expected.json`, field by field; themes from the rules in `rules/`.%n%n",
            documents,
            crawled.size(),
            SITES));
    md.append("Sources: ").append(String.join(", ", crawled)).append("\n\n");
    if (!notCrawlable.isEmpty()) {
      md.append("Site copies without a definition in `crawlers/` (not counted): ")
          .append(String.join(", ", notCrawlable))
          .append("\n\n");
    }
    md.append("| field | right | total | % | pinned |\n|---|---:|---:|---:|---:|\n");
    tallies.forEach(
        (field, t) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %s |%n",
                    field,
                    t.right,
                    t.total,
                    t.total == 0 ? 100.0 : 100.0 * t.right / t.total,
                    PINS.containsKey(field) ? PINS.get(field) : "none")));
    md.append("\n## Misses\n");
    tallies.forEach(
        (field, t) -> {
          if (!t.misses.isEmpty()) {
            md.append("\n### ").append(field).append(" (").append(t.misses.size()).append(")\n\n");
            t.misses.forEach(m -> md.append("- ").append(m).append('\n'));
          }
        });
    md.append("\n## Crawls\n\n");
    runs.forEach(r -> md.append("- ").append(r).append('\n'));
    return md.toString();
  }

  private static List<Path> sites() throws IOException {
    try (var dirs = Files.list(SITES)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList();
    }
  }

  private static JsonNode each(JsonNode list, String field) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    list.forEach(
        item ->
            out.add(
                item.path(field).isMissingNode()
                    ? JsonNodeFactory.instance.nullNode()
                    : item.path(field)));
    return out;
  }

  private static JsonNode sortedTexts(JsonNode list) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    TreeSet<String> sorted = new TreeSet<>();
    list.forEach(item -> sorted.add(item.asText()));
    sorted.forEach(out::add);
    return out;
  }

  private static JsonNode nullToMissing(JsonNode node) {
    return node.isNull() ? JsonNodeFactory.instance.missingNode() : node;
  }

  private static @Nullable JsonNode missingToNull(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node;
  }

  private static Map<String, Integer> pins(Object... fieldsAndCounts) {
    Map<String, Integer> pins = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndCounts.length; i += 2) {
      pins.put((String) fieldsAndCounts[i], (Integer) fieldsAndCounts[i + 1]);
    }
    return pins;
  }
}
