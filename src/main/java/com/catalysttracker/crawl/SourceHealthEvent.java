package com.catalysttracker.crawl;

/**
 * A source's health after a run, as a Spring application event, so an alerting component can raise
 * an operations alert when {@code becameUnhealthy()} without the crawler knowing it.
 */
public record SourceHealthEvent(SourceHealth previous, SourceHealth current) {

  public boolean becameUnhealthy() {
    return previous.healthy() && !current.healthy();
  }

  public boolean recovered() {
    return !previous.healthy() && current.healthy();
  }
}
