package com.catalysttracker.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seen-state and health in the {@code crawl-state} alias: item documents keyed by source and
 * canonical URL, one health document per source, one robots document per robots.txt URL. Refusals
 * (a broken mapping) surface as {@link IllegalStateException}; an unreachable cluster as {@link
 * IOException}.
 */
public final class ElasticsearchCrawlState implements CrawlStateStore {

  private final ElasticsearchClient client;
  private final String index;

  /**
   * @param index the crawl-state alias, prefix included
   */
  public ElasticsearchCrawlState(ElasticsearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  static String itemId(String source, String url) {
    return source + "-" + DocumentIds.forUrl(url);
  }

  static String healthId(String source) {
    return "health-" + source;
  }

  static String robotsId(String robotsUrl) {
    return "robots-" + DocumentIds.forUrl(robotsUrl);
  }

  @Override
  public Map<String, ItemState> items(String source, Collection<String> urls) throws IOException {
    Map<String, ItemState> out = new LinkedHashMap<>();
    if (urls.isEmpty()) {
      return out;
    }
    List<String> ids = new ArrayList<>();
    urls.forEach(u -> ids.add(itemId(source, u)));
    try {
      MgetResponse<ItemState> response = client.mget(m -> m.index(index).ids(ids), ItemState.class);
      for (MultiGetResponseItem<ItemState> item : response.docs()) {
        if (item.isResult() && item.result().found() && item.result().source() != null) {
          ItemState state = item.result().source();
          out.put(state.url(), state);
        }
      }
      return out;
    } catch (ElasticsearchException e) {
      throw new IllegalStateException(
          "Elasticsearch refused reading crawl state from " + index + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(ItemState state) throws IOException {
    ObjectNode source = DocumentJson.mapper().valueToTree(state);
    source.put("kind", "item");
    write(itemId(state.source(), state.url()), source);
  }

  @Override
  public Optional<SourceHealth> health(String source) throws IOException {
    try {
      var response = client.get(g -> g.index(index).id(healthId(source)), SourceHealth.class);
      return Optional.ofNullable(response.found() ? response.source() : null);
    } catch (ElasticsearchException e) {
      throw new IllegalStateException(
          "Elasticsearch refused reading the health of " + source + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(SourceHealth health) throws IOException {
    ObjectNode source = DocumentJson.mapper().valueToTree(health);
    source.put("kind", "health");
    write(healthId(health.source()), source);
  }

  @Override
  public Optional<RobotsRecord> robots(String robotsUrl) throws IOException {
    try {
      var response = client.get(g -> g.index(index).id(robotsId(robotsUrl)), RobotsRecord.class);
      return Optional.ofNullable(response.found() ? response.source() : null)
          .filter(r -> robotsUrl.equals(r.url()));
    } catch (ElasticsearchException e) {
      throw new IllegalStateException(
          "Elasticsearch refused reading the robots.txt kept for "
              + robotsUrl
              + ": "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public void put(RobotsRecord robots) throws IOException {
    ObjectNode source = DocumentJson.mapper().valueToTree(robots);
    source.put("kind", "robots");
    write(robotsId(robots.url()), source);
  }

  /** Makes writes visible to search (tests). */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(index));
  }

  private void write(String id, ObjectNode source) throws IOException {
    try {
      client.index(i -> i.index(index).id(id).document(source));
    } catch (ElasticsearchException e) {
      throw new IllegalStateException(
          "Elasticsearch refused crawl state " + id + " in " + index + ": " + e.getMessage(), e);
    }
  }
}
