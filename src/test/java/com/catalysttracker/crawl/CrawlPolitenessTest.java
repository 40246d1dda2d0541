package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.testsupport.Sites;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The server's access log shows no host hit faster than the configured delay (issue #4). */
class CrawlPolitenessTest {

  @Test
  void noHostIsHitFasterThanTheDelay() {
    Duration delay = Duration.ofMillis(300);
    try (FixtureServer server = Sites.serve("sgcc-ecp")) {
      CrawlEngine engine = Fixtures.engine(new InMemoryCrawlState(), new CollectingSink());
      CrawlSummary run =
          engine
              .crawl(
                  Fixtures.source("sgcc-ecp"),
                  Fixtures.options(server).withHostDelay(delay),
                  CrawlListener.NONE)
              .orElseThrow();

      assertThat(run.newDocuments()).isEqualTo(11);
      Map<String, List<RecordedRequest>> byHost =
          server.requests().stream().collect(Collectors.groupingBy(RecordedRequest::host));
      List<String> tooFast = new ArrayList<>();
      byHost.forEach(
          (host, requests) -> {
            for (int i = 1; i < requests.size(); i++) {
              Duration gap =
                  Duration.between(requests.get(i - 1).receivedAt(), requests.get(i).receivedAt());
              if (gap.compareTo(delay.minusMillis(5)) < 0) {
                tooFast.add(
                    host
                        + " "
                        + requests.get(i).path()
                        + " came "
                        + gap.toMillis()
                        + " ms after the previous request");
              }
            }
          });
      assertThat(server.requests()).hasSizeGreaterThan(15);
      assertThat(tooFast).isEmpty();
    }
  }
}
