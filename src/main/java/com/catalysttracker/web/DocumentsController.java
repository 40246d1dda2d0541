package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.lifecycle.ProjectTimeline;
import com.catalysttracker.search.DocumentQuery;
import com.catalysttracker.search.DocumentSearch;
import com.catalysttracker.search.SearchResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, one document with its project timeline and alerts, and the report-table exports. */
@RestController
@RequestMapping("/api/documents")
class DocumentsController {
  private static final int EXPORT_PAGE = 1000;

  private final ObjectProvider<DocumentSearch> search;
  private final ObjectProvider<DocumentIndex> index;
  private final ObjectProvider<AlertQueries> alerts;
  private final ObjectProvider<ProjectTimeline> timelines;
  private final WebProperties properties;

  DocumentsController(
      ObjectProvider<DocumentSearch> search,
      ObjectProvider<DocumentIndex> index,
      ObjectProvider<AlertQueries> alerts,
      ObjectProvider<ProjectTimeline> timelines,
      WebProperties properties) {
    this.search = search;
    this.index = index;
    this.alerts = alerts;
    this.timelines = timelines;
    this.properties = properties;
  }

  @GetMapping
  ObjectNode search(@RequestParam MultiValueMap<String, String> params) throws IOException {
    DocumentQuery query = SearchParams.read(params, properties.pageSize());
    return JsonViews.searchResult(search.getObject().search(query));
  }

  @GetMapping("/{id}")
  ResponseEntity<ObjectNode> document(@PathVariable("id") String id) throws IOException {
    Optional<Document> found = index.getObject().get(id);
    if (found.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(JsonViews.error("no document with id '" + id + "'"));
    }
    Document document = found.get();
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    json.set("document", JsonViews.document(document));
    json.set("display", JsonViews.display(document));
    ArrayNode timeline = json.putArray("timeline");
    if (document.projectCode() != null) {
      for (Document step : timelines.getObject().of(document.projectCode())) {
        ObjectNode item = timeline.addObject();
        item.put("id", step.id());
        item.put("title", step.title());
        item.put("doc_type", step.docType().wireName());
        item.put("stage", Stages.label(step.docType()));
        item.put("published", step.published() == null ? null : step.published().toString());
        item.put("money", Money.format(step.money()));
        item.put("url", step.url());
      }
    }
    ArrayNode alertList = json.putArray("alerts");
    alerts.getObject().forDocument(id).forEach(alertList::add);
    return ResponseEntity.ok(json);
  }

  @GetMapping("/export.csv")
  void exportCsv(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
      throws IOException {
    DocumentQuery query = exportQuery(params);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", attachment("csv"));
    BufferedWriter writer =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    CsvExport csv = new CsvExport(writer);
    forEachExported(query, csv::add);
    csv.finish();
  }

  @GetMapping("/export.xlsx")
  void exportXlsx(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
      throws IOException {
    DocumentQuery query = exportQuery(params);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", attachment("xlsx"));
    XlsxExport xlsx = new XlsxExport(response.getOutputStream(), "1.0");
    forEachExported(query, xlsx::add);
    xlsx.finish();
  }

  /** The page's query and filters; the page size is the export's, the page's cursor is ignored. */
  private DocumentQuery exportQuery(MultiValueMap<String, String> params) {
    DocumentQuery asked = SearchParams.read(params, EXPORT_PAGE);
    return new DocumentQuery(asked.text(), asked.filters(), asked.sort(), EXPORT_PAGE, null, false);
  }

  private interface RowSink {
    void add(Document document) throws IOException;
  }

  /** Walks the result with search_after up to the configured row limit. */
  private void forEachExported(DocumentQuery query, RowSink sink) throws IOException {
    int written = 0;
    String cursor = null;
    do {
      int size = Math.min(EXPORT_PAGE, properties.exportMaxRows() - written);
      if (size <= 0) {
        break;
      }
      SearchResult page =
          search
              .getObject()
              .search(
                  new DocumentQuery(
                      query.text(), query.filters(), query.sort(), size, cursor, false));
      for (SearchResult.Hit hit : page.hits()) {
        sink.add(hit.document());
        written++;
      }
      cursor = page.nextCursor();
    } while (cursor != null);
  }

  private static String attachment(String extension) {
    return "attachment; filename=\"catalyst-"
        + LocalDate.now(ZoneOffset.UTC)
        + "."
        + extension
        + "\"";
  }
}
