package com.catalysttracker.web;

import com.catalysttracker.crawl.CrawlConfiguration;
import com.catalysttracker.crawl.CrawlStateStore;
import com.catalysttracker.crawl.SourceHealth;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every crawler definition with its schedule and the health its runs left; invalid definitions with their errors. */
@RestController
@RequestMapping("/api/sources")
class SourcesController {
  private final ObjectProvider<CrawlConfiguration.SourceDefinitions> definitions;
  private final ObjectProvider<CrawlStateStore> state;

  SourcesController(ObjectProvider<CrawlConfiguration.SourceDefinitions> definitions, ObjectProvider<CrawlStateStore> state) {
    this.definitions = definitions;
    this.state = state;
  }

  @GetMapping
  ObjectNode sources() throws IOException {
    SourceCatalog catalog = definitions.getObject().load();
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    ArrayNode sources = json.putArray("sources");
    for (SourceDefinition source : catalog.sources()) {
      Optional<SourceHealth> health = healthOf(source.id());
      ObjectNode item = sources.addObject()
          .put("id", source.id())
          .put("name", source.name())
          .put("cron", source.cron())
          .put("scheduled", source.scheduled())
          .put("status", health.map(h -> h.healthy() ? "healthy" : "unhealthy").orElse("not_crawled"));
      item.set("health", health.<com.fasterxml.jackson.databind.JsonNode>map(h -> DocumentJson.mapper().valueToTree(h))
          .orElse(DocumentJson.mapper().nullNode()));
    }
    ArrayNode invalid = json.putArray("invalid_definitions");
    catalog.errors().stream().map(DefinitionException::getMessage).forEach(invalid::add);
    return json;
  }

  /**
   * The one place this page reads source health: the crawl state as the crawler records it. When
   * crawl's source status reader (the one {@code crawlers status} prints) lands, read it here.
   */
  private Optional<SourceHealth> healthOf(String source) throws IOException {
    return state.getObject().health(source);
  }
}
