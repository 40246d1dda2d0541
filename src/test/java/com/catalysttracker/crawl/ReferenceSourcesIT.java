package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference sources on a real Elasticsearch: documents land in the documents alias through
 * DocumentIndex, seen-state in crawl-state, and a second run by a fresh engine (a restart, or
 * another node) fetches no detail page again.
 */
class ReferenceSourcesIT {

  private static DocumentIndex documents;
  private static ElasticsearchCrawlState state;

  @BeforeAll
  static void indices() {
    ElasticsearchClient client = TestElasticsearch.client();
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(ReferenceSourcesIT.class));
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    documents =
        new DocumentIndex(
            client, names, ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    state = new ElasticsearchCrawlState(client, names.crawlState());
  }

  private static CrawlEngine freshEngine() {
    return new CrawlEngine(
        new HostThrottle(),
        new Extractors(Fixtures.reference()),
        state,
        documents::index,
        HealthListener.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ccgp", "gov-cn-policy", "sgcc-ecp"})
  void crawlsIntoElasticsearchAndARestartedEngineFetchesNoDetailAgain(String id) throws Exception {
    try (FixtureServer server = Sites.serve(id)) {
      CrawlSummary first =
          freshEngine()
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(first.failed()).as(first.problems().toString()).isZero();

      List<Document> indexed = new ArrayList<>();
      for (JsonNode want : Fixtures.expected(id)) {
        documents.get(DocumentIds.forUrl(want.get("url").asText())).ifPresent(indexed::add);
      }
      assertThat(ReferenceSourcesTest.compare(id, indexed)).isEmpty();

      server.clearRequests();
      CrawlSummary second =
          freshEngine()
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(second.detailRequests()).isZero();
      assertThat(second.newDocuments() + second.changed() + second.failed()).isZero();
      assertThat(state.health(id))
          .hasValueSatisfying(
              h -> {
                assertThat(h.healthy()).isTrue();
                assertThat(h.lastSuccess()).isNotNull();
              });
    }
  }
}
