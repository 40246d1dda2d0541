package com.catalysttracker.index;

/**
 * Names of the aliases readers and writers use. The prefix lets several installations or test
 * classes share one cluster.
 */
public record IndexNames(String prefix) {
  public static final String DOCUMENTS = "documents";
  public static final String ALERTS = "alerts";
  public static final String CRAWL_STATE = "crawl-state";

  public String documents() {
    return prefix + DOCUMENTS;
  }

  public String alerts() {
    return prefix + ALERTS;
  }

  /** The crawler's seen-state and source health. */
  public String crawlState() {
    return prefix + CRAWL_STATE;
  }

  /** The alias for an index template named {@code name} in index-config. */
  public String alias(String name) {
    return prefix + name;
  }

  /** The concrete index behind the alias at one mapping version. */
  public String versioned(String name, int version) {
    return prefix + name + "-v" + version;
  }
}
