package com.catalysttracker.crawl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps requests to one host apart: one request at a time per host, and at least the configured
 * delay between the end of one and the start of the next, across every thread and crawl job that
 * shares this object (make one per application). A host that answered 429 or 503 with Retry-After
 * is held back for everyone until then.
 */
public final class HostThrottle {

  private final FetchClock clock;
  private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();

  public HostThrottle() {
    this(FetchClock.system());
  }

  HostThrottle(FetchClock clock) {
    this.clock = clock;
  }

  /**
   * Waits for the host's turn and holds it until the returned permit is closed; the next request
   * may start {@code delay} after that.
   */
  Permit acquire(String host, Duration delay) throws InterruptedException {
    HostSlot slot = slots.computeIfAbsent(host, h -> new HostSlot(clock.nanoTime()));
    slot.lock.lockInterruptibly();
    try {
      long wait;
      // Loop: a Retry-After from another thread may push the turn later while this one sleeps.
      while ((wait = slot.notBefore - clock.nanoTime()) > 0) {
        clock.sleep(Duration.ofNanos(wait));
      }
    } catch (InterruptedException | RuntimeException e) {
      slot.lock.unlock();
      throw e;
    }
    return new Permit(slot, delay);
  }

  /** Holds every request to {@code host} back for {@code pause} from now (Retry-After, backoff). */
  void holdBack(String host, Duration pause) {
    HostSlot slot = slots.computeIfAbsent(host, h -> new HostSlot(clock.nanoTime()));
    slot.pushTo(clock.nanoTime() + pause.toNanos());
  }

  /** The host's turn, held by one request. */
  final class Permit implements AutoCloseable {
    private final HostSlot slot;
    private final Duration delay;
    private boolean closed;

    private Permit(HostSlot slot, Duration delay) {
      this.slot = slot;
      this.delay = delay;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        slot.pushTo(clock.nanoTime() + delay.toNanos());
        slot.lock.unlock();
      }
    }
  }

  private static final class HostSlot {
    // Fair, so threads waiting for a host take turns in arrival order.
    final ReentrantLock lock = new ReentrantLock(true);
    volatile long notBefore;

    HostSlot(long now) {
      this.notBefore = now;
    }

    // nanoTime values are compared by difference: they may wrap.
    synchronized void pushTo(long nanos) {
      if (nanos - notBefore > 0) {
        notBefore = nanos;
      }
    }
  }
}
