package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's figure "sources covered": of every site copy with an answer key under
 * src/test/resources/sites/, how many a crawl with its crawlers/ definition covers fully (every
 * expected document with its url, title, published and doc_type, and no failure). A site copy
 * without a definition counts as not covered. Prints the figure and asserts full coverage.
 */
class SourceCoverageTest {

  @Test
  void everyFixtureSourceIsFullyCrawled() throws IOException {
    List<String> fixtures;
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/sites"))) {
      fixtures =
          dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json")))
              .map(d -> d.getFileName().toString())
              .sorted()
              .toList();
    }
    List<String> covered = new ArrayList<>();
    List<String> notCovered = new ArrayList<>();
    for (String id : fixtures) {
      if (Fixtures.catalog().find(id).isEmpty()) {
        notCovered.add(
            id
                + ": no valid crawlers/"
                + id
                + ".yml "
                + Fixtures.catalog().errorFor(id).map(Exception::getMessage).orElse(""));
        continue;
      }
      CollectingSink sink = new CollectingSink();
      try (FixtureServer server = Sites.serve(id)) {
        CrawlSummary run =
            Fixtures.engine(new InMemoryCrawlState(), sink)
                .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
                .orElseThrow();
        List<String> misses =
            ReferenceSourcesTest.compare(id, sink.documents.values().stream().toList());
        System.out.println(
            String.format(
                Locale.ROOT,
                "%-16s %2d of %2d expected documents, %d failed, first run %d requests for %d new documents",
                id,
                Fixtures.expected(id).size()
                    - (int) misses.stream().filter(m -> m.startsWith("missing ")).count(),
                Fixtures.expected(id).size(),
                run.failed(),
                run.requests(),
                run.newDocuments()));
        if (misses.isEmpty() && run.failed() == 0) {
          covered.add(id);
        } else {
          notCovered.add(id + ": " + misses + " " + run.problems());
        }
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "sources covered (fixtures fully crawled / all fixtures): %d / %d",
            covered.size(),
            fixtures.size()));
    assertThat(fixtures)
        .as("site copies under src/test/resources/sites")
        .hasSizeGreaterThanOrEqualTo(17);
    assertThat(notCovered).as("fixture sources not fully crawled").isEmpty();
  }
}
