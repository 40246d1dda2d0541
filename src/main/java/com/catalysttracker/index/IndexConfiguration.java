package com.catalysttracker.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.elasticsearch.ElasticsearchProperties;
import com.catalysttracker.text.ChineseSegmenter;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires the index beans. Everything here is lazy: commands that never touch the index (such as
 * {@code extract}) must not start Elasticsearch.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexProperties.class)
public class IndexConfiguration {

  @Bean
  IndexNames indexNames(ElasticsearchProperties properties) {
    return new IndexNames(properties.indexPrefix());
  }

  @Bean
  @Lazy
  ChineseSegmenter chineseSegmenter(IndexProperties properties) {
    return ChineseSegmenter.fromDictionary(properties.configDir().resolve("dictionary.txt"));
  }

  /** The indices as start-up left them; creating this bean applies index-config/. */
  @Bean
  @Lazy
  AppliedIndices appliedIndices(
      ElasticsearchClient client, IndexProperties properties, IndexNames names) {
    return new AppliedIndices(
        new IndexConfigApplier(client, properties.configDir(), names).apply());
  }

  @Bean
  @Lazy
  DocumentIndex documentIndex(
      ElasticsearchClient client,
      IndexNames names,
      ChineseSegmenter segmenter,
      AppliedIndices applied) {
    return new DocumentIndex(client, names, segmenter);
  }

  /** The outcome of applying index-config/ at start-up, for health and the log. */
  public record AppliedIndices(List<IndexConfigApplier.AppliedIndex> indices) {
    public AppliedIndices {
      indices = List.copyOf(indices);
    }
  }
}
