package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.config.CatalystProperties;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the rule engine: compiled from {@code catalyst.rules.dir} at start, recompiled on change.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
public class RulesConfiguration {

  @Bean
  LastGoodRules lastGoodRules(CatalystProperties catalyst) {
    return new LastGoodRules(
        catalyst.resolvedDataDir().resolve("rules-last-good"), Clock.systemUTC());
  }

  /**
   * The folder compiled (and saved as the last good copy), else that copy with the folder's
   * problems.
   */
  @Bean
  LastGoodRules.Start startingRules(RulesProperties properties, LastGoodRules lastGood) {
    return lastGood.start(properties.dir());
  }

  @Bean
  RuleEngine ruleEngine(
      LastGoodRules.Start start,
      ObjectProvider<ElasticsearchClient> client,
      IndexNames names,
      ObjectProvider<com.catalysttracker.alert.AlertStore> store) {
    // Momentum reads the index only when an award is evaluated, so compiling the rules never starts
    // Elasticsearch.
    MomentumSource momentum =
        (document, themes, window) ->
            new IndexedMomentum(client.getObject(), names).momentumOf(document, themes, window);
    DraftSource drafts =
        document -> new IndexedDrafts(client.getObject(), names).draftsOf(document);
    EarlierAlertSource earlierAlerts =
        document ->
            new IndexedEarlierAlerts(client.getObject(), names, store.getObject())
                .earlierAlertsOf(document);
    return new RuleEngine(start.base(), Clock.systemUTC(), momentum, drafts, earlierAlerts);
  }

  @Bean(destroyMethod = "close")
  RuleReloader ruleReloader(
      RuleEngine engine,
      RulesProperties properties,
      LastGoodRules.Start start,
      LastGoodRules lastGood)
      throws IOException {
    RuleReloader reloader =
        new RuleReloader(
            engine,
            properties.dir(),
            properties.settleTime(),
            Clock.systemUTC(),
            start.status(),
            lastGood);
    if (properties.watch()) {
      reloader.start();
    }
    return reloader;
  }

  /**
   * Rules, alert store and email for each crawled document; lazy, as the store needs Elasticsearch.
   */
  @Bean
  @org.springframework.context.annotation.Lazy
  AlertPipeline alertPipeline(
      RuleEngine engine,
      com.catalysttracker.alert.AlertStore store,
      com.catalysttracker.mail.AlertMailer mailer) {
    return new AlertPipeline(engine, store, mailer);
  }

  /** The running rules and the last rejected edit with its file:line:col problems. */
  @Bean("rules")
  HealthIndicator rulesHealth(RuleReloader reloader) {
    return () -> {
      RuleStatus status = reloader.status();
      Health.Builder health =
          Health.up()
              .withDetail("compiledAt", status.compiledAt().toString())
              .withDetail("rules", status.ruleCount())
              .withDetail("themes", status.themes());
      if (status.rejectedAt() != null) {
        health
            .withDetail("rejectedAt", status.rejectedAt().toString())
            .withDetail("problems", status.problems().stream().map(RuleProblem::toString).toList())
            .withDetail(
                "warning",
                "the last edit of the rules did not compile; the rules compiled at "
                    + status.compiledAt()
                    + " keep running");
      }
      if (status.startedFromCopy() != null) {
        health
            .withDetail("startedFromCopy", status.startedFromCopy().dir().toString())
            .withDetail("copySavedAt", status.startedFromCopy().savedAt().toString());
      }
      return health.build();
    };
  }
}
