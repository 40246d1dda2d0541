package com.catalysttracker.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.index.IndexConfiguration;
import com.catalysttracker.index.IndexNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

  /** One per application: its memory of recent keys is what merges sightings seconds apart. */
  @Bean
  @Lazy
  DocumentLinker documentLinker(
      ElasticsearchClient client, IndexNames names, IndexConfiguration.AppliedIndices applied) {
    return new DocumentLinker(client, names);
  }

  @Bean
  @Lazy
  ProjectTimeline projectTimeline(
      ElasticsearchClient client, IndexNames names, IndexConfiguration.AppliedIndices applied) {
    return new ProjectTimeline(client, names);
  }
}
