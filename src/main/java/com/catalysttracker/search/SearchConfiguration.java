package com.catalysttracker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.text.ChineseSegmenter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
  /** Depends on {@link DocumentIndex} so the index exists (config applied) before any search. */
  @Bean
  @Lazy
  DocumentSearch documentSearch(
      ElasticsearchClient client,
      IndexNames names,
      ChineseSegmenter segmenter,
      DocumentIndex documentIndex) {
    return new DocumentSearch(client, names, segmenter);
  }
}
