package com.catalysttracker.crawl;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seen-state in memory, for the crawl tests and {@code crawlers bench}: runs that need no
 * Elasticsearch (the service keeps it in the {@code crawl-state} index).
 */
final class InMemoryCrawlState implements CrawlStateStore {

  final Map<String, ItemState> items = new ConcurrentHashMap<>();
  final Map<String, SourceHealth> health = new ConcurrentHashMap<>();
  final Map<String, RobotsRecord> robots = new ConcurrentHashMap<>();

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

  /**
   * Drops what is known about one item, so the next run meets it as new: how the bench makes items
   * "appear" on a list that has not changed.
   */
  void forget(String source, String url) {
    items.remove(source + " " + url);
  }

  /**
   * A copy of everything known now, to {@link #restore} later (the bench replays one run two ways).
   */
  InMemoryCrawlState copy() {
    InMemoryCrawlState c = new InMemoryCrawlState();
    c.items.putAll(items);
    c.health.putAll(health);
    c.robots.putAll(robots);
    return c;
  }

  /** Back to what {@code saved} knew, in place (engines hold this instance). */
  void restore(InMemoryCrawlState saved) {
    items.clear();
    items.putAll(saved.items);
    health.clear();
    health.putAll(saved.health);
    robots.clear();
    robots.putAll(saved.robots);
  }

  /** Whether an item was indexed (seen with extracted content), not merely listed. */
  boolean indexed(String source, String url) {
    ItemState s = items.get(source + " " + url);
    return s != null && s.contentHash() != null;
  }

  @Override
  public Optional<SourceHealth> health(String source) {
    return Optional.ofNullable(health.get(source));
  }

  @Override
  public void put(SourceHealth h) {
    health.put(h.source(), h);
  }

  @Override
  public Optional<RobotsRecord> robots(String robotsUrl) {
    return Optional.ofNullable(robots.get(robotsUrl));
  }

  @Override
  public void put(RobotsRecord answer) {
    robots.put(answer.url(), answer);
  }
}
