package com.catalysttracker.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.elasticsearch.ElasticsearchProperties;
import com.catalysttracker.text.ChineseSegmenter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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
      ElasticsearchClient client,
      IndexProperties properties,
      IndexNames names,
      ChineseSegmenter segmenter) {
    // A version bump copies documents through the same derivation indexing uses: the *_words
    // fields are not in _source, and older documents may lack money_yuan or identity_keys.
    UnaryOperator<ObjectNode> documents =
        source -> {
          try {
            return DocumentIndex.sourceOf(
                DocumentJson.mapper().treeToValue(source, Document.class), segmenter);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                "a stored document no longer reads as the document contract: "
                    + e.getOriginalMessage(),
                e);
          }
        };
    return new AppliedIndices(
        new IndexConfigApplier(
                client, properties.configDir(), names, Map.of(IndexNames.DOCUMENTS, documents))
            .apply());
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
