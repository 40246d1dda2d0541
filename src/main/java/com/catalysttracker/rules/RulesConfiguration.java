package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the rule engine: compiled from {@code catalyst.rules.dir} at start, recompiled on change. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
public class RulesConfiguration {

  @Bean
  RuleEngine ruleEngine(RulesProperties properties, ObjectProvider<ElasticsearchClient> client, IndexNames names,
      ObjectProvider<com.catalysttracker.alert.AlertStore> store) {
    // Momentum reads the index only when an award is evaluated, so compiling the rules never starts Elasticsearch.
    MomentumSource momentum = (document, themes, window) ->
        new IndexedMomentum(client.getObject(), names).momentumOf(document, themes, window);
    DraftSource drafts = document -> new IndexedDrafts(client.getObject(), names).draftsOf(document);
    EarlierAlertSource earlierAlerts = document ->
        new IndexedEarlierAlerts(client.getObject(), names, store.getObject()).earlierAlertsOf(document);
    return new RuleEngine(RuleBase.compile(properties.dir()), Clock.systemUTC(), momentum, drafts, earlierAlerts);
  }

  @Bean(destroyMethod = "close")
  RuleReloader ruleReloader(RuleEngine engine, RulesProperties properties) throws IOException {
    RuleReloader reloader = new RuleReloader(engine, properties.dir(), properties.settleTime(), Clock.systemUTC());
    if (properties.watch()) {
      reloader.start();
    }
    return reloader;
  }

  /** Rules, alert store and email for each crawled document; lazy, as the store needs Elasticsearch. */
  @Bean
  @org.springframework.context.annotation.Lazy
  AlertPipeline alertPipeline(RuleEngine engine, com.catalysttracker.alert.AlertStore store,
      com.catalysttracker.mail.AlertMailer mailer) {
    return new AlertPipeline(engine, store, mailer);
  }

  /** The running rules and the last rejected edit with its file:line:col problems. */
  @Bean("rules")
  HealthIndicator rulesHealth(RuleReloader reloader) {
    return () -> {
      RuleStatus status = reloader.status();
      Health.Builder health = Health.up()
          .withDetail("compiledAt", status.compiledAt().toString())
          .withDetail("rules", status.ruleCount())
          .withDetail("themes", status.themes());
      if (status.rejectedAt() != null) {
        health.withDetail("rejectedAt", status.rejectedAt().toString())
            .withDetail("problems", status.problems().stream().map(RuleProblem::toString).toList())
            .withDetail("warning", "the last edit of the rules did not compile; the rules compiled at "
                + status.compiledAt() + " keep running");
      }
      return health.build();
    };
  }
}
