package com.catalysttracker.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The service brings Elasticsearch up and applies index-config/ while starting, so a broken mapping
 * or an unreachable cluster stops start-up with a clear message instead of failing the first
 * search. One-off commands do this only when they touch the index.
 */
@Component
@ConditionalOnWebApplication
class IndexStartup implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger("catalyst.index");
  private final ObjectProvider<IndexConfiguration.AppliedIndices> applied;

  IndexStartup(ObjectProvider<IndexConfiguration.AppliedIndices> applied) {
    this.applied = applied;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (IndexConfigApplier.AppliedIndex index : applied.getObject().indices()) {
      log.info("Index {} → {}", index.alias(), index.index());
    }
  }
}
