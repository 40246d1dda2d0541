package com.catalysttracker.crawl;

import java.net.URI;

/**
 * A URL the fetcher decided not to request; nothing was sent to it.
 *
 * @param url the real URL
 * @param reason why
 * @param message the URL, the rule that stopped it and what to do, for the run summary
 */
public record FetchSkipped(URI url, Reason reason, String message) implements FetchOutcome {

  public enum Reason {
    /** The host's robots.txt disallows the path for our agent. */
    ROBOTS_DISALLOWED,
    /** The host's robots.txt could not be read (5xx or network failure): stay away this run. */
    ROBOTS_UNAVAILABLE,
    /** The host is not one of the source's hosts. */
    OUT_OF_SCOPE
  }

  @Override
  public Kind kind() {
    return Kind.SKIPPED;
  }
}
