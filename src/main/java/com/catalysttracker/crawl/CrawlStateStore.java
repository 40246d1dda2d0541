package com.catalysttracker.crawl;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where seen-state, source health and robots.txt answers live between runs. The service's is the
 * Elasticsearch {@code crawl-state} index ({@link ElasticsearchCrawlState}), shared by every node;
 * an {@link IOException} means the store could not be reached and nothing was changed.
 */
public interface CrawlStateStore {

  /** The states of these canonical URLs that exist, by URL. */
  Map<String, ItemState> items(String source, Collection<String> urls) throws IOException;

  void put(ItemState state) throws IOException;

  Optional<SourceHealth> health(String source) throws IOException;

  void put(SourceHealth health) throws IOException;

  /** The robots.txt answer kept for this URL (as fetched), if any, whatever its age. */
  Optional<RobotsRecord> robots(String robotsUrl) throws IOException;

  void put(RobotsRecord robots) throws IOException;
}
