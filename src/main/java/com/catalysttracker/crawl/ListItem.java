package com.catalysttracker.crawl;

import com.catalysttracker.extract.PublishedDateParser;
import org.jspecify.annotations.Nullable;

/**
 * One item a list page shows.
 *
 * @param url the canonical URL (real site, the site's scheme; a {@code #/} route for single-page
 *     sites)
 * @param title the title as listed (a hint for change detection; detail pages give the real one)
 * @param date the date as listed, as printed
 */
public record ListItem(String url, @Nullable String title, @Nullable String date) {

  /**
   * What the list says about the item that would change when the page is republished: its date,
   * normalised (a channel prints 2026-11-20, the search 2026.11.20 for the same item; titles differ
   * too, highlighted or cut, so they are left out).
   */
  String signature() {
    if (date == null) {
      return "";
    }
    return PublishedDateParser.parse(date).map(Object::toString).orElse(date.strip());
  }
}
