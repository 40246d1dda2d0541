package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three reference sources (issue #4) crawled from their site copies: a full crawl yields every
 * document of expected.json (url, title, published, doc_type), and a second crawl fetches no detail
 * page again. Seen-state in memory here; {@code ReferenceSourcesIT} runs the same on Elasticsearch.
 */
class ReferenceSourcesTest {

  static final List<String> CHECKED = List.of("title", "published", "doc_type");
  static final List<String> REPORTED =
      List.of(
          "issuer",
          "issuer_level",
          "doc_number",
          "region",
          "project_code",
          "project_name",
          "budget_yuan",
          "amount_yuan",
          "winners",
          "agency");

  @ParameterizedTest
  @ValueSource(strings = {"ccgp", "gov-cn-policy", "sgcc-ecp"})
  void aFullCrawlFindsEveryExpectedDocumentAndASecondFetchesNoDetailAgain(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve(id)) {
      CrawlEngine engine = Fixtures.engine(state, sink);
      CrawlSummary first =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " first:  " + first.line() + "  " + first.problems());

      List<String> misses = compare(id, sink.documents.values().stream().toList());
      assertThat(misses).as(id + " documents against expected.json").isEmpty();
      assertThat(first.failed()).as(first.problems().toString()).isZero();
      assertThat(first.newDocuments()).isEqualTo(Fixtures.expected(id).size());

      server.clearRequests();
      CrawlSummary second =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " second: " + second.line());
      assertThat(second.detailRequests()).as("detail requests in the second crawl").isZero();
      assertThat(second.newDocuments() + second.changed()).isZero();
    }
  }

  /** url, title, published and doc_type must match; the other fields are counted and printed. */
  static List<String> compare(String id, List<Document> documents) {
    List<String> misses = new ArrayList<>();
    int fieldsRight = 0;
    int fieldsTotal = 0;
    List<String> report = new ArrayList<>();
    for (JsonNode want : Fixtures.expected(id)) {
      String url = want.get("url").asText();
      Document got = documents.stream().filter(d -> d.url().equals(url)).findFirst().orElse(null);
      if (got == null) {
        misses.add("missing " + url);
        continue;
      }
      JsonNode json = DocumentJson.mapper().valueToTree(got);
      for (String field : CHECKED) {
        if (!same(want.get(field), json.get(field))) {
          misses.add(url + " " + field + ": want " + want.get(field) + " got " + json.get(field));
        }
      }
      for (String field : REPORTED) {
        fieldsTotal++;
        if (same(want.get(field), json.get(field))) {
          fieldsRight++;
        } else {
          report.add(
              "  "
                  + url.substring(url.length() - Math.min(url.length(), 40))
                  + " "
                  + field
                  + ": want "
                  + want.get(field)
                  + " got "
                  + json.get(field));
        }
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "%s: other fields matching expected.json: %d of %d",
            id,
            fieldsRight,
            fieldsTotal));
    report.forEach(System.out::println);
    return misses;
  }

  static boolean same(JsonNode want, JsonNode got) {
    if (want == null || want.isNull()) {
      return got == null || got.isNull() || (got.isArray() && got.isEmpty());
    }
    if (got == null) {
      return false;
    }
    if (want.isNumber() && got.isNumber()) {
      return want.decimalValue().compareTo(got.decimalValue()) == 0;
    }
    if (want.isArray() && got.isArray()) {
      if (want.size() != got.size()) {
        return false;
      }
      for (int i = 0; i < want.size(); i++) {
        if (!same(want.get(i), got.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (want.isObject() && got.isObject()) {
      for (var it = want.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!same(want.get(f), got.get(f))) {
          return false;
        }
      }
      return true;
    }
    return want.asText().equals(got.asText());
  }
}
