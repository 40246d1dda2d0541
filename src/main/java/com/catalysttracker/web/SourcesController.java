package com.catalysttracker.web;

import com.catalysttracker.crawl.CrawlConfiguration;
import com.catalysttracker.crawl.SourceStatus;
import com.catalysttracker.crawl.SourceStatusReader;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every crawler definition with its schedule, the verdict and health its runs left and the
 * documents it brought in (the rows {@code crawlers status} prints); invalid definitions with their
 * errors.
 */
@RestController
@RequestMapping("/api/sources")
class SourcesController {
  private final ObjectProvider<CrawlConfiguration.SourceDefinitions> definitions;
  private final ObjectProvider<SourceStatusReader> statuses;

  SourcesController(
      ObjectProvider<CrawlConfiguration.SourceDefinitions> definitions,
      ObjectProvider<SourceStatusReader> statuses) {
    this.definitions = definitions;
    this.statuses = statuses;
  }

  @GetMapping
  ObjectNode sources() throws IOException {
    SourceCatalog catalog = definitions.getObject().load();
    List<SourceStatus> rows = statuses.getObject().read(catalog.sources());
    ObjectMapper mapper = DocumentJson.mapper();
    ObjectNode json = mapper.createObjectNode();
    ArrayNode sources = json.putArray("sources");
    for (int i = 0; i < rows.size(); i++) {
      SourceDefinition source = catalog.sources().get(i);
      SourceStatus status = rows.get(i);
      ObjectNode item =
          sources
              .addObject()
              .put("id", source.id())
              .put("name", source.name())
              .put("family", status.family())
              .put("kind", status.kind())
              .put("cron", source.cron())
              .put("scheduled", source.scheduled())
              .put("status", status.verdict().wireName())
              .put("documents", status.documents());
      put(item, "last_run", status.lastRun());
      put(item, "last_success", status.lastSuccess());
      put(item, "last_blocked", status.lastBlocked());
      item.set(
          "health",
          status.health() == null ? mapper.nullNode() : mapper.valueToTree(status.health()));
    }
    ArrayNode invalid = json.putArray("invalid_definitions");
    catalog.errors().stream().map(DefinitionException::getMessage).forEach(invalid::add);
    return json;
  }

  private static void put(ObjectNode item, String field, @Nullable Instant instant) {
    if (instant == null) {
      item.putNull(field);
    } else {
      item.put(field, instant.toString());
    }
  }
}
