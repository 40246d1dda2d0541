package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The procurement portals on a real Elasticsearch: documents in the documents alias, seen-state in
 * crawl-state, a restarted engine fetches no detail page again, and a blocked run's health
 * (blocked, when) survives in the crawl-state index.
 */
class ProcurementSourcesIT {

  private static DocumentIndex documents;
  private static ElasticsearchCrawlState state;

  @BeforeAll
  static void indices() {
    ElasticsearchClient client = TestElasticsearch.client();
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(ProcurementSourcesIT.class));
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
  @ValueSource(strings = {"ggzy", "csg-bidding", "cebpubservice"})
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
                assertThat(h.blocked()).isFalse();
              });
    }
  }

  @Test
  void aBlockedRunIsRecordedAsBlockedInCrawlState() throws Exception {
    String captcha =
        "{\"code\":829,\"message\":\"请输入验证码\",\"data\":{\"captchaToken\":\"t\",\"captchaImage\":\"\"}}";
    try (FixtureServer server = Sites.serve("ggzy")) {
      server.answer(
          "www.ggzy.gov.cn",
          "/information/pubTradingInfo/getTradList",
          Answer.text(200, "application/json;charset=UTF-8", captcha, StandardCharsets.UTF_8));
      freshEngine()
          .crawl(Fixtures.source("ggzy"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
    }
    assertThat(state.health("ggzy"))
        .hasValueSatisfying(
            h -> {
              assertThat(h.blocked()).isTrue();
              assertThat(h.lastBlocked()).isNotNull();
              assertThat(h.healthy()).isFalse();
            });
  }
}
