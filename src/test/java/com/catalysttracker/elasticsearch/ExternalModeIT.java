package com.catalysttracker.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.search.DocumentSearch;
import com.catalysttracker.testsupport.Http;
import com.catalysttracker.testsupport.TestDocuments;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application against an Elasticsearch it did not start: the test starts the node, the
 * application only connects to it in external mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalModeIT {

  @DynamicPropertySource
  static void external(DynamicPropertyRegistry registry) {
    String url = TestElasticsearch.global().httpUri().toString();
    registry.add("catalyst.elasticsearch.mode", () -> "external");
    registry.add("catalyst.elasticsearch.external.urls", () -> url);
    registry.add(
        "catalyst.elasticsearch.index-prefix",
        () -> TestElasticsearch.prefixFor(ExternalModeIT.class));
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired DocumentIndex documents;
  @Autowired DocumentSearch search;

  @Test
  void healthIsUpWithTheClusterAndTheAliasesOfTheExternalCluster() throws Exception {
    var response = Http.get("http://127.0.0.1:" + port + "/actuator/health");
    JsonNode health = new ObjectMapper().readTree(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(
            health
                .path("components")
                .path("elasticsearch")
                .path("details")
                .path("cluster")
                .asText())
        .isEqualTo(EmbeddedElasticsearch.clusterName(TestElasticsearch.dataDir()));
    assertThat(
            health
                .path("components")
                .path("indices")
                .path("details")
                .path("aliases")
                .path("externalmodeit-documents")
                .asText())
        .matches("externalmodeit-documents-v\\d+");
  }

  @Test
  void indexesAndFindsDocumentsWithoutManagingANode() throws Exception {
    var document = TestDocuments.policy("external", "关于推进数据资产入表的通知", "数据资产入表试点。");
    documents.index(document);
    documents.refresh();

    assertThat(search.search("数据资产入表", 5).hits())
        .extracting(DocumentSearch.SearchHit::id)
        .containsExactly(document.id());
    assertThat(context.getBeanNamesForType(EmbeddedElasticsearch.class)).isEmpty();
  }
}
