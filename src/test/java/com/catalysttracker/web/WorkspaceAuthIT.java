package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.testsupport.TestElasticsearch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With tokens configured, the running service lets in only requests that carry one. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "catalyst.web.api-tokens=team-token")
class WorkspaceAuthIT {

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    TestElasticsearch.register(registry, WorkspaceAuthIT.class);
  }

  @LocalServerPort int port;

  private int status(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void pagesAndApiNeedTheTokenAndHealthDoesNot() throws Exception {
    assertThat(status("/api/alerts", null)).isEqualTo(401);
    assertThat(status("/", null)).isEqualTo(401);
    assertThat(status("/api/alerts", "Bearer team-token")).isEqualTo(200);
    assertThat(status("/", "Bearer team-token")).isEqualTo(200);
    assertThat(status("/actuator/health", null)).isEqualTo(200);
  }
}
