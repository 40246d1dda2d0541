package com.catalysttracker.crawl;

import java.time.Duration;
import java.time.Instant;

/** Time and sleeping for the fetcher, injectable so tests of delays and backoff need not wait. */
interface FetchClock {

  /** Monotonic time for measuring delays. */
  long nanoTime();

  /** Wall-clock time, for timestamps and HTTP-date Retry-After values. */
  Instant now();

  void sleep(Duration duration) throws InterruptedException;

  static FetchClock system() {
    return new FetchClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      }
    };
  }
}
