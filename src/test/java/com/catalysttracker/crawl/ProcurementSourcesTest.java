package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.testsupport.FixtureServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The procurement portals of issue #5 crawled from their site copies over real HTTP: a full crawl
 * yields every document of expected.json (url, title, published, doc_type; the other fields are
 * counted and printed), and a second crawl fetches no detail page again. Seen-state in memory.
 */
class ProcurementSourcesTest {

  @ParameterizedTest
  @ValueSource(strings = {"ggzy", "csg-bidding", "cebpubservice"})
  void aFullCrawlFindsEveryExpectedDocumentAndASecondFetchesNoDetailAgain(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = FixtureServer.start(id)) {
      CrawlEngine engine = Fixtures.engine(state, sink);
      CrawlSummary first = engine.crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE).orElseThrow();
      System.out.println(id + " first:  " + first.line() + "  " + first.problems());

      List<String> misses = ReferenceSourcesTest.compare(id, sink.documents.values().stream().toList());
      assertThat(misses).as(id + " documents against expected.json").isEmpty();
      assertThat(first.failed()).as(first.problems().toString()).isZero();
      assertThat(first.newDocuments()).isEqualTo(Fixtures.expected(id).size());
      assertThat(state.health.get(id).blocked()).isFalse();

      server.clearRequests();
      CrawlSummary second = engine.crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE).orElseThrow();
      System.out.println(id + " second: " + second.line());
      assertThat(second.detailRequests()).as("detail requests in the second crawl").isZero();
      assertThat(second.newDocuments() + second.changed()).isZero();
    }
  }
}
