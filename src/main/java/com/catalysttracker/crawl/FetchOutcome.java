package com.catalysttracker.crawl;

import java.net.URI;

/**
 * What fetching one URL came to: a page ({@link FetchResult}), unchanged since last time ({@link
 * NotModified}), not fetched on purpose ({@link FetchSkipped}) or failed ({@link FetchFailure}).
 * Never an exception: a dead site is an ordinary outcome.
 */
public sealed interface FetchOutcome permits FetchResult, NotModified, FetchSkipped, FetchFailure {

  /** The real URL that was asked for. */
  URI url();

  Kind kind();

  /** For counting and logging outcomes without instanceof chains. */
  enum Kind {
    FETCHED,
    NOT_MODIFIED,
    SKIPPED,
    FAILED
  }
}
