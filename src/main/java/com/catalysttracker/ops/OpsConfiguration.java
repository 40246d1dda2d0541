package com.catalysttracker.ops;

import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.crawl.SourceHealthEvent;
import com.catalysttracker.mail.AlertMailer;
import com.catalysttracker.rules.RuleEngine;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * Wires operations alerts to the crawler's {@link SourceHealthEvent}s; lazy, as the store needs
 * Elasticsearch.
 */
@Configuration(proxyBeanMethods = false)
public class OpsConfiguration {
  private static final Logger log = LoggerFactory.getLogger(OpsConfiguration.class);

  /** When thresholds.properties sets neither realert.ops nor realert.default. */
  private static final Duration DEFAULT_REALERT = Duration.ofDays(1);

  private final ObjectProvider<OpsAlerts> ops;

  public OpsConfiguration(ObjectProvider<OpsAlerts> ops) {
    this.ops = ops;
  }

  @Bean
  @Lazy
  OpsAlerts opsAlerts(AlertStore store, AlertMailer mailer, RuleEngine rules) {
    return new OpsAlerts(store, mailer, () -> realertAfter(rules), Clock.systemUTC());
  }

  private static Duration realertAfter(RuleEngine rules) {
    var thresholds = rules.ruleBase().thresholds();
    for (String key : new String[] {"realert.ops", "realert.default"}) {
      if (thresholds.has(key)) {
        return thresholds.duration(key);
      }
    }
    return DEFAULT_REALERT;
  }

  @EventListener
  void onSourceHealth(SourceHealthEvent event) {
    try {
      ops.getObject().recorded(event.previous(), event.current());
    } catch (IOException e) {
      // The crawl itself went fine; health stays recorded and the next state change alerts.
      log.warn("{}: operations alert not stored ({})", event.current().source(), e.toString());
    }
  }
}
