package com.catalysttracker.crawl;

/**
 * Told when a source's health is recorded after a run; the hook for operations alerts (theme {@code
 * ops}) once alerts exist. The service publishes a {@link SourceHealthEvent}.
 */
@FunctionalInterface
public interface HealthListener {

  HealthListener NONE = (previous, current) -> {};

  void recorded(SourceHealth previous, SourceHealth current);
}
