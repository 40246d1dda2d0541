package com.catalysttracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The project's offline site copies: every expected document and the page a crawl reads it from.
 */
final class SiteFixtures {

  static final Path ROOT = Path.of("src/test/resources/sites");
  static final Set<String> PROCUREMENT_SOURCES =
      Set.of("ccgp", "ggzy", "sgcc-ecp", "csg-bidding", "cebpubservice");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SiteFixtures() {}

  /**
   * One document of an expected.json, with the page (if it is HTML or a JSON answer) it comes from.
   */
  record Expected(String source, JsonNode doc, @Nullable Path page) {
    String title() {
      return doc.get("title").asText();
    }

    String url() {
      return doc.get("url").asText();
    }

    @Nullable String text(String field) {
      JsonNode v = doc.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }

    SourceKind kind() {
      return PROCUREMENT_SOURCES.contains(source) ? SourceKind.PROCUREMENT : SourceKind.POLICY;
    }

    /**
     * The page parsed as a crawler would see it; a JSON answer becomes the HTML of its string
     * fields.
     */
    Document html() {
      try {
        if (page.toString().endsWith(".json")) {
          StringBuilder sb = new StringBuilder();
          collectStrings(JSON.readTree(page.toFile()), sb);
          return Jsoup.parse(sb.toString());
        }
        return Jsoup.parse(page.toFile(), null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read fixture page " + page, e);
      }
    }
  }

  static List<Expected> all() {
    List<Expected> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      for (Path dir : dirs.sorted().toList()) {
        JsonNode docs = JSON.readTree(dir.resolve("expected.json").toFile());
        String source = dir.getFileName().toString();
        for (JsonNode doc : docs) {
          out.add(new Expected(source, doc, locate(dir, doc.get("url").asText()).orElse(null)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixtures under " + ROOT.toAbsolutePath(), e);
    }
    return out;
  }

  /**
   * The file a detail URL is served from: by path under site/, by routes.json, or by the API answer
   * of a #/ route.
   */
  static Optional<Path> locate(Path dir, String url) throws IOException {
    URI uri = URI.create(url.replace("#", "%23").replace("|", "%7C"));
    Path byPath = dir.resolve("site").resolve(uri.getHost() + uri.getPath());
    if (Files.isRegularFile(byPath)) {
      return Optional.of(byPath);
    }
    JsonNode routes = JSON.readTree(dir.resolve("routes.json").toFile()).get("routes");
    for (JsonNode route : routes) {
      if (route.get("host").asText().equals(uri.getHost())
          && route.get("path").asText().equals(uri.getPath())) {
        return Optional.of(dir.resolve(route.get("file").asText()));
      }
    }
    // State Grid: #/doc/{doctype}/{noticeId}_{menu} is answered by a POST API keyed by the notice
    // id.
    int doc = url.indexOf("#/doc/");
    if (doc >= 0) {
      String[] parts = url.substring(doc + 6).split("/");
      String id = parts[1].substring(0, parts[1].indexOf('_'));
      String api =
          Map.of(
                  "doci-bid",
                  "getNoticeBid",
                  "doci-change",
                  "getChangeBid",
                  "doci-waste",
                  "getNoticeWaste",
                  "doci-win",
                  "getNoticeWin")
              .get(parts[0]);
      Path answer =
          dir.resolve("site/ecp.sgcc.com.cn/ecp2.0/ecpwcmcore/index/" + api + "/" + id + ".json");
      return Files.isRegularFile(answer) ? Optional.of(answer) : Optional.empty();
    }
    return Optional.empty();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void collectStrings(JsonNode node, StringBuilder sb) {
    if (node.isTextual()) {
      sb.append("<div>").append(node.asText()).append("</div>\n");
    } else if (node.isContainerNode()) {
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collectStrings(it.next(), sb);
      }
    }
  }
}
