package com.catalysttracker.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.config.CatalystProperties;
import com.catalysttracker.document.Document;
import com.catalysttracker.elasticsearch.ElasticsearchProperties;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.ReferenceData;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfiguration;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.lifecycle.DocumentLinker;
import com.catalysttracker.rules.AlertPipeline;
import com.catalysttracker.rules.Evaluation;
import com.catalysttracker.source.SourceCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires the crawl engine. Lazy: {@code crawlers validate} must start neither Elasticsearch nor a
 * fetcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrawlProperties.class)
public class CrawlConfiguration {

  /** One per application: every run shares it, so two sources on one host still take turns. */
  @Bean
  @Lazy
  HostThrottle hostThrottle() {
    return new HostThrottle();
  }

  @Bean
  @Lazy
  Extractors extractors(CrawlProperties properties) {
    return new Extractors(ReferenceData.load(properties.referenceDir()));
  }

  @Bean
  @Lazy
  ElasticsearchCrawlState crawlState(
      ElasticsearchClient client, IndexNames names, IndexConfiguration.AppliedIndices applied) {
    return new ElasticsearchCrawlState(client, names.crawlState());
  }

  @Bean
  @Lazy
  SourceStatusReader sourceStatusReader(
      ElasticsearchClient client, IndexNames names, IndexConfiguration.AppliedIndices applied) {
    return new SourceStatusReader(client, names);
  }

  @Bean
  @Lazy
  CrawlEngine crawlEngine(
      HostThrottle throttle,
      Extractors extractors,
      ElasticsearchCrawlState state,
      DocumentIndex index,
      DocumentLinker linker,
      AlertPipeline alerts,
      ApplicationEventPublisher events,
      CatalystProperties catalyst,
      ElasticsearchProperties elasticsearch) {
    DocumentSink sink =
        document -> {
          // A notice another site (or URL) already gave us is merged into the held document
          // instead of indexed twice; the rules then see the merged document.
          Document linked = linker.link(document).document();
          Evaluation evaluation = alerts.evaluate(linked);
          Document themed = linked.withThemes(evaluation.themes());
          index.index(themed);
          // Alerts only once their document is in the index, so none points at a missing one.
          alerts.deliver(themed, evaluation.alerts());
        };
    // A crawl from the command line and serve's scheduled run share the data directory, so its lock
    // files keep them apart. What they guard is the seen-state in the (prefixed) crawl-state index:
    // installations with different prefixes on one data directory are separate and lock apart.
    return new CrawlEngine(
        throttle,
        extractors,
        state,
        sink,
        (previous, current) -> events.publishEvent(new SourceHealthEvent(previous, current)),
        RunLocks.in(
            catalyst
                .resolvedDataDir()
                .resolve("crawl-locks")
                .resolve(elasticsearch.indexPrefix())));
  }

  /** Reads crawlers/ afresh on each call: the definitions as they are on disk now. */
  @Bean
  @Lazy
  SourceDefinitions sourceDefinitions(CrawlProperties properties) {
    return () -> SourceCatalog.load(properties.definitionsDir());
  }

  /** The definitions in force; a function so reloads see edits. */
  @FunctionalInterface
  public interface SourceDefinitions {
    SourceCatalog load();
  }
}
