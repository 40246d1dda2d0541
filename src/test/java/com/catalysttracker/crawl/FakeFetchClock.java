package com.catalysttracker.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock whose sleeps return at once and move time forward, recording how long was asked. */
final class FakeFetchClock implements FetchClock {

  private final Instant epoch;
  private final AtomicLong nanos = new AtomicLong();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  FakeFetchClock(Instant epoch) {
    this.epoch = epoch;
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return epoch.plusNanos(nanos.get());
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
