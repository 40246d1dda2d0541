package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.testsupport.Sites;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list with {@code every: N} (ccgp's keyword search, every: 4) is read on runs 1, 1 + N … of its
 * source only, counted in the crawl state, and each run says which lists it skipped.
 */
class ListEveryTest {

  private static final String SEARCH_HOST = "search.ccgp.gov.cn";

  @Test
  void ccgpsSearchIsReadOnTheFirstAndEveryFourthRunAfterAndSkippedRunsSaySo() {
    ListSpec search =
        Fixtures.source("ccgp").lists().stream()
            .filter(ListSpec::perTerm)
            .findFirst()
            .orElseThrow();
    assertThat(search.every()).isEqualTo(4);
    InMemoryCrawlState state = new InMemoryCrawlState();
    CrawlEngine engine = Fixtures.engine(state, new CollectingSink());
    List<Integer> searchRequests = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (FixtureServer server = Sites.serve("ccgp")) {
      for (int run = 1; run <= 5; run++) {
        server.clearRequests();
        engine
            .crawl(
                Fixtures.source("ccgp"),
                Fixtures.options(server),
                new CrawlListener() {
                  @Override
                  public void listSkipped(String list, String why) {
                    skipped.add(list + ": " + why);
                  }
                })
            .orElseThrow();
        searchRequests.add(
            (int)
                server.requests().stream()
                    .filter(r -> r.host().equals(SEARCH_HOST) && !r.path().equals("/robots.txt"))
                    .count());
      }
    }
    int terms = Fixtures.source("ccgp").searchTerms().size();
    assertThat(searchRequests).containsExactly(terms, 0, 0, 0, terms);
    assertThat(skipped)
        .containsExactly(
            "关键词搜索: every: 4 reads it on runs 1, 5, 9 …; this is run 2",
            "关键词搜索: every: 4 reads it on runs 1, 5, 9 …; this is run 3",
            "关键词搜索: every: 4 reads it on runs 1, 5, 9 …; this is run 4");
    assertThat(state.health("ccgp").orElseThrow().runs()).isEqualTo(5);
  }

  @Test
  void aStateWithoutARunCountStartsAtRunOne() {
    // Health written before runs were counted reads as 0 runs: the next run is run 1 and reads
    // every list.
    InMemoryCrawlState state = new InMemoryCrawlState();
    state.put(SourceHealth.initial("ccgp"));
    try (FixtureServer server = Sites.serve("ccgp")) {
      Fixtures.engine(state, new CollectingSink())
          .crawl(Fixtures.source("ccgp"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
      assertThat(server.requests().stream().filter(r -> r.host().equals(SEARCH_HOST))).isNotEmpty();
    }
  }
}
