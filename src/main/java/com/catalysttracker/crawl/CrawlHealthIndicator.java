package com.catalysttracker.crawl;

import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Per source: last run, last success, items per list page against the baseline, detail pages that
 * lost required fields, consecutive failures. A source whose layout seems to have changed, or an
 * invalid definition, makes this component DEGRADED (HTTP 200: the service itself works).
 */
@Component("crawl")
@ConditionalOnWebApplication
class CrawlHealthIndicator extends AbstractHealthIndicator {

  static final Status DEGRADED =
      new Status("DEGRADED", "a source is unhealthy or a definition is invalid");

  private final CrawlConfiguration.SourceDefinitions definitions;
  private final CrawlStateStore state;

  CrawlHealthIndicator(
      CrawlConfiguration.SourceDefinitions definitions, ElasticsearchCrawlState state) {
    this.definitions = definitions;
    this.state = state;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    SourceCatalog catalog = definitions.load();
    boolean degraded = !catalog.errors().isEmpty();
    Map<String, Object> sources = new LinkedHashMap<>();
    for (SourceDefinition source : catalog.sources()) {
      SourceHealth h = state.health(source.id()).orElse(null);
      if (h == null) {
        sources.put(source.id(), Map.of("status", "not crawled yet"));
        continue;
      }
      degraded |= !h.healthy();
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("status", h.healthy() ? "healthy" : "unhealthy");
      detail.put("lastRun", String.valueOf(h.lastRun()));
      detail.put("lastSuccess", String.valueOf(h.lastSuccess()));
      detail.put("consecutiveFailures", h.consecutiveFailures());
      detail.put("itemsPerListPage", h.lastItemsPerPage());
      detail.put("baselineItemsPerListPage", h.baselineItemsPerPage());
      detail.put("detailPages", h.lastDetails());
      detail.put("detailPagesMissingFields", h.lastDetailsMissingFields());
      if (!h.problems().isEmpty()) {
        detail.put("problems", h.problems());
      }
      sources.put(source.id(), detail);
    }
    List<String> invalid = catalog.errors().stream().map(DefinitionException::getMessage).toList();
    builder.status(degraded ? DEGRADED : Status.UP).withDetail("sources", sources);
    if (!invalid.isEmpty()) {
      builder.withDetail("invalidDefinitions", invalid);
    }
  }
}
