package com.catalysttracker.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.source.SourceDefinition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The status of every source (for {@code crawlers status} and the web API): health as the crawler
 * persisted it in {@code crawl-state} ({@link SourceHealth}), and the number of documents each
 * source has in the {@code documents} index. Refusals surface as {@link IllegalStateException}; an
 * unreachable cluster as {@link IOException}.
 */
public final class SourceStatusReader {

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final CrawlStateStore state;

  public SourceStatusReader(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
    this.state = new ElasticsearchCrawlState(client, names.crawlState());
  }

  /** One status per source, in the order given. */
  public List<SourceStatus> read(List<SourceDefinition> sources) throws IOException {
    Map<String, Long> counts = documentsPerSource(sources.size());
    List<SourceStatus> out = new ArrayList<>();
    for (SourceDefinition s : sources) {
      out.add(
          SourceStatus.of(
              s.id(),
              s.family(),
              s.kind().name().toLowerCase(Locale.ROOT),
              state.health(s.id()).orElse(null),
              counts.getOrDefault(s.id(), 0L)));
    }
    return out;
  }

  private Map<String, Long> documentsPerSource(int sources) throws IOException {
    SearchResponse<Void> response;
    try {
      // Sources no longer defined keep their documents; room for them so a defined one is never cut
      // off.
      int buckets = Math.max(100, sources * 2);
      response =
          client.search(
              s ->
                  s.index(names.documents())
                      .size(0)
                      .trackTotalHits(t -> t.enabled(false))
                      .aggregations("sources", a -> a.terms(t -> t.field("source").size(buckets))),
              Void.class);
    } catch (ElasticsearchException e) {
      throw new IllegalStateException(
          "Elasticsearch refused counting documents per source in "
              + names.documents()
              + ": "
              + e.getMessage(),
          e);
    }
    Map<String, Long> counts = new HashMap<>();
    for (StringTermsBucket bucket :
        response.aggregations().get("sources").sterms().buckets().array()) {
      counts.put(bucket.key().stringValue(), bucket.docCount());
    }
    return counts;
  }
}
