package com.catalysttracker.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The answer keys of the offline site copies ({@code src/test/resources/sites/<id>/expected.json}),
 * with the text of each document's page where it is a plain HTML file (single-page sites and PDF
 * notices are left without text: extracting those is the extract package's job).
 */
final class FixtureDocuments {

  static final Path SITES = Path.of("src/test/resources/sites");
  static final Path REFERENCE = Path.of("reference");

  record Expected(String source, String url, JsonNode json, @Nullable String pageText) {

    @Nullable String text(String field) {
      JsonNode value = json.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
      return source + " " + url;
    }
  }

  private FixtureDocuments() {}

  static List<Expected> all() {
    ObjectMapper mapper = new ObjectMapper();
    List<Expected> documents = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(SITES)) {
      for (Path dir : dirs.sorted().toList()) {
        Path answers = dir.resolve("expected.json");
        if (!Files.exists(answers)) {
          continue;
        }
        for (JsonNode document : mapper.readTree(answers.toFile())) {
          String url = document.get("url").asText();
          documents.add(
              new Expected(dir.getFileName().toString(), url, document, pageText(dir, url)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  private static @Nullable String pageText(Path dir, String url) throws IOException {
    URI uri = URI.create(url);
    if (uri.getRawFragment() != null || uri.getRawQuery() != null) {
      return null;
    }
    Path page = dir.resolve("site").resolve(uri.getHost() + uri.getPath());
    if (!Files.isRegularFile(page)) {
      return null;
    }
    return Jsoup.parse(page.toFile(), null, url).text();
  }
}
