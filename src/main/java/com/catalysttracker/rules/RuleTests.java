package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The analysts' own rule tests, kept next to the rules in {@code rules/tests/*.json}: a sample
 * document (the contract's JSON) and the themes and alerts (key and severity) it must produce. Run
 * by {@code rules test} and by the build.
 */
public final class RuleTests {
  static final String FOLDER = "tests";

  private RuleTests() {}

  /** One failed expectation: the test file and what differed. */
  public record Failure(String file, String message) {
    @Override
    public String toString() {
      return file + ": " + message;
    }
  }

  /** The test files in {@code rulesDir}/tests, sorted. */
  public static List<Path> files(Path rulesDir) throws IOException {
    Path dir = rulesDir.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Runs every test file against {@code base}; an empty list means all passed. */
  public static List<Failure> run(RuleBase base, Path rulesDir) throws IOException {
    List<Failure> failures = new ArrayList<>();
    for (Path file : files(rulesDir)) {
      String name = file.toString();
      JsonNode test;
      Document document;
      try {
        test = DocumentJson.mapper().readTree(file.toFile());
        document = DocumentJson.mapper().treeToValue(test.path("document"), Document.class);
      } catch (IOException | IllegalArgumentException e) {
        failures.add(new Failure(name, "cannot read the test: " + e.getMessage()));
        continue;
      }
      Evaluation result =
          RuleEngine.evaluate(base, document, Instant.parse("2024-01-01T00:00:00Z"));
      TreeSet<String> expectedThemes = new TreeSet<>();
      test.path("themes").forEach(t -> expectedThemes.add(t.asText()));
      if (!expectedThemes.equals(new TreeSet<>(result.themes()))) {
        failures.add(
            new Failure(name, "themes " + result.themes() + ", expected " + expectedThemes));
      }
      TreeSet<String> expectedAlerts = new TreeSet<>();
      test.path("alerts")
          .forEach(
              a -> expectedAlerts.add(a.path("severity").asText() + " " + a.path("key").asText()));
      TreeSet<String> actualAlerts = new TreeSet<>();
      for (Alert alert : result.alerts()) {
        actualAlerts.add(alert.severity().wireName() + " " + alert.key());
      }
      if (!expectedAlerts.equals(actualAlerts)) {
        failures.add(new Failure(name, "alerts " + actualAlerts + ", expected " + expectedAlerts));
      }
    }
    return failures;
  }
}
