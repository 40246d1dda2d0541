package com.catalysttracker.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Elasticsearch's highlighted fragments into plain-text parts. The tags asked for are
 * private-use characters rather than HTML, so markup inside crawled text stays text.
 */
final class Highlights {
  static final String PRE = "\uE000";
  static final String POST = "\uE001";

  private Highlights() {}

  static SearchResult.Snippet parse(String fragment) {
    List<SearchResult.Part> parts = new ArrayList<>();
    int at = 0;
    while (at < fragment.length()) {
      int start = fragment.indexOf(PRE, at);
      if (start < 0) {
        parts.add(new SearchResult.Part(strip(fragment.substring(at)), false));
        break;
      }
      if (start > at) {
        parts.add(new SearchResult.Part(strip(fragment.substring(at, start)), false));
      }
      int end = fragment.indexOf(POST, start + 1);
      if (end < 0) {
        end = fragment.length();
      }
      parts.add(new SearchResult.Part(strip(fragment.substring(start + 1, end)), true));
      at = end + 1;
    }
    return new SearchResult.Snippet(merge(parts));
  }

  /** Crawled text could itself hold the marker characters; they must not survive as markers. */
  private static String strip(String text) {
    return text.replace(PRE, "").replace(POST, "");
  }

  /** The standard analyzer marks one character at a time; adjacent marked runs read as one. */
  private static List<SearchResult.Part> merge(List<SearchResult.Part> parts) {
    List<SearchResult.Part> merged = new ArrayList<>();
    for (SearchResult.Part part : parts) {
      if (part.text().isEmpty()) {
        continue;
      }
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).match() == part.match()) {
        merged.set(
            last, new SearchResult.Part(merged.get(last).text() + part.text(), part.match()));
      } else {
        merged.add(part);
      }
    }
    return merged;
  }
}
