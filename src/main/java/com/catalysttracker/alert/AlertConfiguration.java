package com.catalysttracker.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.index.IndexConfiguration.AppliedIndices;
import com.catalysttracker.index.IndexNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the alert store; lazy, so commands that never store alerts never start Elasticsearch. */
@Configuration(proxyBeanMethods = false)
public class AlertConfiguration {

  @Bean
  @Lazy
  AlertStore alertStore(ElasticsearchClient client, IndexNames names, AppliedIndices applied) {
    return new AlertStore(client, names);
  }
}
