package com.catalysttracker.crawl;

import java.util.List;

/** Progress of a run, for the {@code crawl} command's output and the service log. */
public interface CrawlListener {

  CrawlListener NONE = new CrawlListener() {};

  /** A list page was read: how many items it showed and how many were new to the store. */
  default void listPage(String list, int page, String url, int items, int fresh) {}

  /**
   * The canonical URLs a list page showed, in the list's order, before any is fetched (the bench
   * reads from it which items are newest).
   */
  default void listed(String list, int page, List<String> urls) {}

  /** A document was fetched and indexed ({@code what}: new, changed, unchanged). */
  default void document(String url, String what, String title) {}

  /**
   * A list was not read this run: its {@code every: N} reads it on runs 1, 1 + N … only; {@code
   * why} says so with this run's number.
   */
  default void listSkipped(String list, String why) {}

  /** A list page or document failed; {@code message} names the URL and the cause. */
  default void failure(String message) {}
}
