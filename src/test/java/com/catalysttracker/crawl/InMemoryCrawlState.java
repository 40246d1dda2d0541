package com.catalysttracker.crawl;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Seen-state in memory, for unit tests of the crawl logic (the service keeps it in Elasticsearch). */
final class InMemoryCrawlState implements CrawlStateStore {

  final Map<String, ItemState> items = new ConcurrentHashMap<>();
  final Map<String, SourceHealth> health = new ConcurrentHashMap<>();

  @Override
  public Map<String, ItemState> items(String source, Collection<String> urls) {
    Map<String, ItemState> out = new LinkedHashMap<>();
    for (String url : urls) {
      ItemState s = items.get(source + " " + url);
      if (s != null) {
        out.put(url, s);
      }
    }
    return out;
  }

  @Override
  public void put(ItemState state) {
    items.put(state.source() + " " + state.url(), state);
  }

  @Override
  public Optional<SourceHealth> health(String source) {
    return Optional.ofNullable(health.get(source));
  }

  @Override
  public void put(SourceHealth h) {
    health.put(h.source(), h);
  }
}
