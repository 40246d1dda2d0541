package com.catalysttracker.crawl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one list page gave.
 *
 * @param items the items in page order (newest first on every supported site)
 * @param pages the number of pages the list says it has, or null when it does not say
 */
record ListPage(List<ListItem> items, @Nullable Integer pages) {
  ListPage {
    items = List.copyOf(items);
  }
}
