package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * robots.txt kept in the real {@code crawl-state} index (RFC 9309 2.4): a restarted process or a
 * second node, with nothing in memory, skips the request within the max age and asks again once it
 * has passed.
 */
class RobotsKeptIT {

  @Test
  void anotherProcessReadsTheKeptRobotsTxtFromElasticsearchUntilItIsStale() throws Exception {
    ElasticsearchClient client = TestElasticsearch.client();
    IndexNames names =
        new IndexNames(
            TestElasticsearch.prefixFor(RobotsKeptIT.class)
                + Long.toString(System.nanoTime(), 36)
                + "-");
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();

    try (FixtureServer server = Sites.serve("caac")) {
      String robotsUrl = server.local("https://www.caac.gov.cn/robots.txt").toString();
      ElasticsearchCrawlState first = new ElasticsearchCrawlState(client, names.crawlState());
      engine(first)
          .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(1);
      first.refresh();

      // The document as a second node reads it: the file itself, its status and when it was
      // fetched.
      ElasticsearchCrawlState second = new ElasticsearchCrawlState(client, names.crawlState());
      RobotsRecord kept = second.robots(robotsUrl).orElseThrow();
      assertThat(kept.status()).isEqualTo(200);
      assertThat(kept.body()).contains("Disallow");
      assertThat(kept.fetchedAt()).isNotNull();

      server.clearRequests();
      CrawlSummary again =
          engine(second)
              .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(again.pages()).isPositive();
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).isEmpty();
      // Its rules still apply: nothing robots.txt disallows was asked for.
      assertThat(server.requests("www.caac.gov.cn", "/CAAC/local/notice.html")).isEmpty();

      Thread.sleep(20);
      CrawlOptions shortLived =
          Fixtures.options(server)
              .withFetch(Fixtures.options(server).fetch().withRobotsMaxAge(Duration.ofMillis(10)));
      engine(new ElasticsearchCrawlState(client, names.crawlState()))
          .crawl(Fixtures.source("caac"), shortLived, CrawlListener.NONE)
          .orElseThrow();
      assertThat(server.requests("www.caac.gov.cn", "/robots.txt")).hasSize(1);
      second.refresh();
      assertThat(second.robots(robotsUrl).orElseThrow().fetchedAt()).isAfter(kept.fetchedAt());
    }
  }

  private static CrawlEngine engine(CrawlStateStore state) {
    return new CrawlEngine(
        new HostThrottle(),
        new Extractors(Fixtures.reference()),
        state,
        document -> {},
        HealthListener.NONE);
  }
}
