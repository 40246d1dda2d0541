package com.catalysttracker.web;

import static com.catalysttracker.testsupport.WorkspaceDocuments.MALICIOUS;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_AWARD;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_TENDER;
import static com.catalysttracker.testsupport.WorkspaceDocuments.SHENZHEN_VRC_AWARD;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API over real HTTP against the real embedded Elasticsearch and a fixed document set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspaceApiIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static boolean loaded;

  @DynamicPropertySource
  static void elasticsearch(DynamicPropertyRegistry registry) {
    TestElasticsearch.register(registry, WorkspaceApiIT.class);
  }

  @LocalServerPort int port;
  @Autowired DocumentIndex index;
  @Autowired ElasticsearchClient client;
  @Autowired IndexNames names;

  @BeforeEach
  void load() throws Exception {
    if (!loaded) {
      WorkspaceFixture.load(index, client, names);
      loaded = true;
    }
  }

  private HttpResponse<byte[]> send(String method, String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode json(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> response = send("GET", pathAndQuery);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return DocumentJson.mapper().readTree(response.body());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> hitIds(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  @Test
  void documentsComeBackInTheContractsSnakeCaseForm() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/api/documents?listed=688631");
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("\"amount_yuan\":32800000");
    JsonNode hit = DocumentJson.mapper().readTree(response.body()).path("hits").get(0);
    JsonNode document = hit.path("document");
    assertThat(document.path("doc_type").asText()).isEqualTo("award_result");
    assertThat(document.path("issuer_level").asText()).isEqualTo("city");
    assertThat(document.path("published").asText()).isEqualTo("2024-05-20");
    assertThat(document.path("project_code").asText()).isEqualTo("NJZC-2024-0311");
    assertThat(document.path("winners").get(0).path("listed").path("code").asText())
        .isEqualTo("688631");
    assertThat(document.has("docType")).isFalse();
    // The whole tree reads back into the contract record (amounts went through ES's doubles).
    assertThat(DocumentJson.mapper().treeToValue(document, Document.class))
        .usingRecursiveComparison()
        .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
        .isEqualTo(NANJING_AWARD);
    assertThat(hit.path("display").path("stage").asText()).isEqualTo("中标");
    assertThat(hit.path("display").path("money").asText()).isEqualTo("3280万元");
    assertThat(hit.path("display").path("region").asText()).isEqualTo("江苏省南京市");
  }

  @Test
  void queryFiltersSortHighlightAndFacetsComeFromTheUrl() throws Exception {
    JsonNode result =
        json(
            "/api/documents?q="
                + enc("\"低空\"")
                + "&theme=low-altitude&from=2024-03-01&to=2024-06-30"
                + "&sort=date&aggs=true");
    assertThat(hitIds(result)).containsExactly(NANJING_AWARD.id(), NANJING_TENDER.id());
    JsonNode titleParts = result.path("hits").get(1).path("highlights").path("title").get(0);
    assertThat(titleParts.get(1).path("text").asText()).isEqualTo("低空");
    assertThat(titleParts.get(1).path("match").asBoolean()).isTrue();
    assertThat(result.path("aggregations").path("provinces").get(0).path("key").asText())
        .isEqualTo("江苏省");
    assertThat(
            result.path("aggregations").path("provinces").get(0).path("amount_yuan").decimalValue())
        .isEqualByComparingTo("67800000");
    assertThat(result.path("aggregations").path("months")).hasSize(2);
  }

  @Test
  void nextCursorPagesThroughEverythingOnce() throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 10; page++) {
      JsonNode result =
          json(
              "/api/documents?sort=amount&size=3"
                  + (cursor == null ? "" : "&search_after=" + cursor));
      seen.addAll(hitIds(result));
      if (result.path("next_cursor").isNull()) {
        break;
      }
      cursor = result.path("next_cursor").asText();
    }
    assertThat(seen).first().isEqualTo(SHENZHEN_VRC_AWARD.id());
    assertThat(seen).containsExactlyInAnyOrderElementsOf(WorkspaceFixture.allIds());
  }

  @Test
  void aBadParameterIsRefusedNamingItAndTheFix() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/api/documents?from=2024-13-01");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(DocumentJson.mapper().readTree(response.body()).path("error").asText())
        .isEqualTo("from=2024-13-01: use a date like 2024-05-31");
    HttpResponse<byte[]> sort = send("GET", "/api/documents?sort=price");
    assertThat(new String(sort.body(), StandardCharsets.UTF_8))
        .contains("sort 'price' is not known; use relevance, date or amount");
  }

  @Test
  void oneDocumentComesWithItsProjectTimelineAndAlerts() throws Exception {
    JsonNode page = json("/api/documents/" + NANJING_AWARD.id());
    assertThat(page.path("document").path("title").asText()).isEqualTo(NANJING_AWARD.title());
    List<String> stages = new ArrayList<>();
    page.path("timeline")
        .forEach(t -> stages.add(t.path("published").asText() + " " + t.path("stage").asText()));
    assertThat(stages).containsExactly("2024-03-05 招标", "2024-05-20 中标");
    assertThat(page.path("alerts")).hasSize(1);
    assertThat(page.path("alerts").get(0).path("id").asText())
        .isEqualTo(WorkspaceFixture.ALERT_HIGH);
    assertThat(send("GET", "/api/documents/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void alertsListNewestFirstFilterAndAcknowledge() throws Exception {
    List<String> ids = new ArrayList<>();
    json("/api/alerts").path("alerts").forEach(a -> ids.add(a.path("id").asText()));
    assertThat(ids)
        .containsSubsequence(
            WorkspaceFixture.ALERT_HIGH,
            WorkspaceFixture.ALERT_MEDIUM,
            WorkspaceFixture.ALERT_MALICIOUS);
    assertThat(json("/api/alerts?severity=medium").path("alerts")).hasSize(1);

    HttpResponse<byte[]> ack =
        send("POST", "/api/alerts/" + WorkspaceFixture.ALERT_MEDIUM + "/acknowledge");
    assertThat(ack.statusCode()).isEqualTo(200);
    JsonNode medium = json("/api/alerts?theme=power-it").path("alerts").get(0);
    assertThat(medium.path("acknowledged_at").asText()).startsWith("20");
    List<String> open = new ArrayList<>();
    json("/api/alerts?unacknowledged=true")
        .path("alerts")
        .forEach(a -> open.add(a.path("id").asText()));
    assertThat(open)
        .doesNotContain(WorkspaceFixture.ALERT_MEDIUM)
        .contains(WorkspaceFixture.ALERT_HIGH);
    assertThat(send("POST", "/api/alerts/nope/acknowledge").statusCode()).isEqualTo(404);
  }

  @Test
  void csvExportHasABomTheReportColumnsAndNoLiveFormulas() throws Exception {
    HttpResponse<byte[]> response =
        send("GET", "/api/documents/export.csv?sort=date&theme=low-altitude");
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    byte[] body = response.body();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("时间,地区,项目,金额,进展,主要内容,主题,中标人,股票代码,链接");
    assertThat(lines[1])
        .startsWith("2024-05-20,江苏省南京市,南京市低空飞行服务平台建设项目,3280万元,中标,")
        .contains("688631 莱斯信息")
        .endsWith(NANJING_AWARD.url());
    assertThat(lines).hasSize(5);
    assertThat(lines[4])
        .startsWith(
            "2024-01-15,四川省成都市,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点击查看\"\")\",500万元,采购意向,");
    assertThat(lines[3]).contains(",印发,").contains(",全国,");
  }

  @Test
  void xlsxExportHoldsTheSameRowsWithFormulasDefused() throws Exception {
    HttpResponse<byte[]> response =
        send("GET", "/api/documents/export.xlsx?sort=date&theme=low-altitude");
    assertThat(response.statusCode()).isEqualTo(200);
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(5);
      assertThat(rows.get(0).getCellText(4)).isEqualTo("进展");
      assertThat(rows.get(1).getCellText(3)).isEqualTo("3280万元");
      assertThat(rows.get(4).getCellText(2)).startsWith("'=HYPERLINK(");
      assertThat(rows.get(4).getCellText(0)).isEqualTo("2024-01-15");
      assertThat(rows.get(4).getCellText(9)).isEqualTo(MALICIOUS.url());
    }
  }

  @Test
  void theOpenApiDescriptionIsServedAsJsonAndAsWritten() throws Exception {
    JsonNode json = json("/api/openapi.json");
    assertThat(json.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(json.path("paths").path("/api/documents").path("get").path("parameters").size())
        .isGreaterThan(10);
    assertThat(json.path("paths").path("/api/alerts/{id}/acknowledge").has("post")).isTrue();
    // Response codes are object keys, strings in JSON, whatever YAML made of them.
    assertThat(json.path("paths").path("/api/rules").path("get").path("responses").has("200"))
        .isTrue();

    HttpResponse<byte[]> yaml = send("GET", "/api/openapi.yaml");
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    assertThat(new String(yaml.body(), StandardCharsets.UTF_8))
        .contains("openapi: 3.1.0", "/api/rules:");
  }
}
