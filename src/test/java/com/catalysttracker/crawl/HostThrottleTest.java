package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.testsupport.Sites;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

  @Test
  void twoThreadsOnOneHostAreSpacedByTheRealDelay() throws Exception {
    Duration delay = Duration.ofMillis(200);
    try (var server = Sites.serve("ccgp")) {
      FetchScope scope =
          FetchScope.of("ccgp", Set.of("www.ccgp.gov.cn"))
              .withBaseUrl(server.baseUrl(), server.scheme());
      PoliteFetcher fetcher =
          new PoliteFetcher(scope, FetchConfig.defaults().withHostDelay(delay), new HostThrottle());
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Callable<FetchOutcome> first =
            () -> {
              start.await();
              return fetcher.fetch(
                  FetchRequest.get("https://www.ccgp.gov.cn/cggg/dfgg/index_1.htm"));
            };
        Callable<FetchOutcome> second =
            () -> {
              start.await();
              return fetcher.fetch(
                  FetchRequest.get("https://www.ccgp.gov.cn/cggg/dfgg/index_2.htm"));
            };
        Future<FetchOutcome> a = pool.submit(first);
        Future<FetchOutcome> b = pool.submit(second);
        start.countDown();
        assertThat(a.get(10, TimeUnit.SECONDS).kind()).isEqualTo(FetchOutcome.Kind.FETCHED);
        assertThat(b.get(10, TimeUnit.SECONDS).kind()).isEqualTo(FetchOutcome.Kind.FETCHED);
      } finally {
        pool.shutdownNow();
      }

      // robots.txt, then the two pages, each at least the delay after the one before.
      List<Instant> arrivals =
          server.requests().stream()
              .map(RecordedRequest::receivedAt)
              .sorted(Comparator.naturalOrder())
              .toList();
      assertThat(arrivals).hasSize(3);
      for (int i = 1; i < arrivals.size(); i++) {
        assertThat(Duration.between(arrivals.get(i - 1), arrivals.get(i)))
            .isGreaterThanOrEqualTo(delay);
      }
    }
  }

  @Test
  void waitsTheDelayAfterTheLastRequestEnded() throws Exception {
    FakeFetchClock clock = new FakeFetchClock(Instant.EPOCH);
    HostThrottle throttle = new HostThrottle(clock);

    try (var first = throttle.acquire("www.ccgp.gov.cn", Duration.ofSeconds(1))) {
      clock.sleep(Duration.ofMillis(300)); // the request itself
    }
    clock.sleeps.clear();
    try (var second = throttle.acquire("www.ccgp.gov.cn", Duration.ofSeconds(1))) {
      assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void otherHostsDoNotWait() throws Exception {
    FakeFetchClock clock = new FakeFetchClock(Instant.EPOCH);
    HostThrottle throttle = new HostThrottle(clock);
    throttle.acquire("www.ccgp.gov.cn", Duration.ofSeconds(5)).close();

    throttle.acquire("www.ggzy.gov.cn", Duration.ofSeconds(5)).close();

    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void aHoldBackDelaysEveryoneOnThatHost() throws Exception {
    FakeFetchClock clock = new FakeFetchClock(Instant.EPOCH);
    HostThrottle throttle = new HostThrottle(clock);
    throttle.holdBack("www.ccgp.gov.cn", Duration.ofSeconds(30));

    throttle.acquire("www.ccgp.gov.cn", Duration.ofSeconds(1)).close();

    assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(30));
  }
}
