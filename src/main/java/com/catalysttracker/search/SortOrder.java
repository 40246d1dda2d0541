package com.catalysttracker.search;

import java.util.Locale;

/** How hits are ordered; every order ends with the document id so paging is stable. */
public enum SortOrder {
  /** Best match first (newest first when nothing was typed). */
  RELEVANCE,
  /** Newest publication date first. */
  DATE,
  /** Most money first (awarded amount, else budget). */
  AMOUNT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code relevance}, {@code date} or {@code amount}; names the choices otherwise. */
  public static SortOrder fromWireName(String wireName) {
    for (SortOrder order : values()) {
      if (order.wireName().equals(wireName)) {
        return order;
      }
    }
    throw new IllegalArgumentException(
        "sort '" + wireName + "' is not known; use relevance, date or amount");
  }
}
