package com.catalysttracker.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Which index each alias serves from, and whether one waits for a mapping migration. */
@Component("indices")
class IndexHealthIndicator extends AbstractHealthIndicator {
  private final IndexConfiguration.AppliedIndices applied;

  IndexHealthIndicator(IndexConfiguration.AppliedIndices applied) {
    this.applied = applied;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Map<String, Object> aliases = new LinkedHashMap<>();
    boolean stale = false;
    for (IndexConfigApplier.AppliedIndex index : applied.indices()) {
      if (index.staleIndex() != null) {
        stale = true;
        aliases.put(
            index.alias(),
            index.index() + " (index-config asks for version " + index.version() + ")");
      } else {
        aliases.put(index.alias(), index.index());
      }
    }
    builder.up().withDetail("aliases", aliases);
    if (stale) {
      builder.withDetail(
          "warning",
          "an index template's version moved on; documents are still served from the old index");
    }
  }
}
