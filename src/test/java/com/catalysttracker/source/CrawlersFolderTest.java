package com.catalysttracker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Repo consistency: every definition in crawlers/ is valid and has an offline copy of its site to
 * be tested against.
 */
class CrawlersFolderTest {

  @Test
  void everyDefinitionInCrawlersIsValid() {
    SourceCatalog catalog = SourceCatalog.load(Path.of("crawlers"));
    assertThat(catalog.errors()).as("crawlers/ definitions").isEmpty();
    assertThat(catalog.sources())
        .extracting(SourceDefinition::id)
        .contains("ccgp", "gov-cn-policy", "sgcc-ecp");
  }

  /**
   * Issue #5: `crawlers status` groups sources by family, so none may fall to the default silently.
   */
  @Test
  void everyDefinitionNamesItsFamily() throws java.io.IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : SourceCatalog.definitionFiles(Path.of("crawlers"))) {
      if (Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8).stream()
          .noneMatch(l -> l.startsWith("family: "))) {
        missing.add(
            file + ": no top-level family: (a family of crawlers/_families.yml, or custom)");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDefinitionHasASiteCopyWithAnAnswerKey() {
    List<String> missing = new ArrayList<>();
    for (Path file : SourceCatalog.definitionFiles(Path.of("crawlers"))) {
      String id = SourceDefinitionLoader.baseName(file);
      Path site = Path.of("src/test/resources/sites", id);
      if (!Files.isRegularFile(site.resolve("routes.json"))
          || !Files.isRegularFile(site.resolve("expected.json"))) {
        missing.add(
            file + ": no src/test/resources/sites/" + id + "/ with routes.json and expected.json");
      }
    }
    assertThat(missing).isEmpty();
  }
}
