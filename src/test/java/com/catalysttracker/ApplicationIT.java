package com.catalysttracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.elasticsearch.EmbeddedElasticsearch;
import com.catalysttracker.testsupport.Http;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service in its default (embedded) mode, reusing the node already running for its data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationIT {

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    TestElasticsearch.register(registry, ApplicationIT.class);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedElasticsearch embedded;

  @Test
  void healthIsUpWithElasticsearchAndTheIndexAliases() throws Exception {
    var response = Http.get("http://127.0.0.1:" + port + "/actuator/health");
    JsonNode health = new ObjectMapper().readTree(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("elasticsearch").path("status").asText())
        .isEqualTo("UP");
    assertThat(
            health
                .path("components")
                .path("indices")
                .path("details")
                .path("aliases")
                .path("applicationit-alerts")
                .asText())
        .isEqualTo("applicationit-alerts-v1");
  }

  @Test
  void reusesTheRunningNodeWithoutTakingOwnershipOfIt() {
    // The test JVM started the node and is alive, so the application must not stop it on exit.
    assertThat(embedded.ownsNode()).isFalse();
    assertThat(embedded.httpUri().getPort()).isEqualTo(TestElasticsearch.HTTP_PORT);
  }
}
