package com.catalysttracker.crawl;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.source.SourceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Issue #4's steady-state figure for one source: a full crawl of its site copy, then the k newest
 * list items "appear" (their seen-state is forgotten, so they are new to the crawler while the
 * site stays as it is), and a second crawl; the requests the site copy received in that second
 * run, per new document found, against the requests the site's structure needs per document.
 */
final class SteadyStateBench {

  private SteadyStateBench() {}

  /**
   * What one source's steady-state run cost.
   *
   * @param source crawler id
   * @param fullCrawlDocuments documents the first (full) crawl indexed
   * @param forgotten items whose seen-state was dropped (k, or fewer when the lists show fewer)
   * @param found new documents the second crawl indexed
   * @param requests every request the site copy received during the second crawl
   * @param robots of those, robots.txt requests
   * @param detailRequests of those, what the crawler asked for documents (the rest are list pages)
   * @param needed requests the site's structure needs per document ({@link DetailPlan#requestsPerDocument()})
   * @param listsRead lists (per search term, per discovered combination) the second crawl read at least one page of
   * @param failed list pages and documents the second crawl could not fetch or read
   * @param problems the second crawl's problem lines (URL and cause)
   */
  record Result(String source, int fullCrawlDocuments, int forgotten, int found, int requests, int robots, int detailRequests, int needed,
      int listsRead, int failed, List<String> problems) {

    Result {
      problems = List.copyOf(problems);
    }

    int listRequests() {
      return requests - robots - detailRequests;
    }

    /** Requests per new document over what the structure needs: 1.0 is a crawler that fetches nothing else. */
    double ratio() {
      return found == 0 ? Double.NaN : (double) requests / found / needed;
    }

  }

  static Result run(SourceDefinition source, FixtureServer server, int k, Extractors extractors) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    // Indexing is not what this measures: the documents go nowhere, everything before them is the real path.
    CrawlEngine engine = new CrawlEngine(new HostThrottle(), extractors, state, document -> {}, HealthListener.NONE);
    CrawlOptions options = CrawlBench.options(server);
    ListOrder order = new ListOrder();
    CrawlSummary full = engine.crawl(source, options, order)
        .orElseThrow(() -> new IllegalStateException(source.id() + " is already being crawled by this engine"));
    List<String> newest = order.urls().stream().filter(url -> state.indexed(source.id(), url)).limit(k).toList();
    newest.forEach(url -> state.forget(source.id(), url));
    server.clearRequests();
    ListOrder secondRun = new ListOrder();
    CrawlSummary again = engine.crawl(source, options, secondRun)
        .orElseThrow(() -> new IllegalStateException(source.id() + " is already being crawled by this engine"));
    List<RecordedRequest> received = server.requests();
    int robots = (int) received.stream().filter(r -> r.path().toLowerCase(Locale.ROOT).equals("/robots.txt")).count();
    return new Result(source.id(), full.newDocuments(), newest.size(), again.newDocuments(), received.size(), robots, again.detailRequests(),
        DetailPlan.of(source.detailAdapter()).requestsPerDocument(), secondRun.listsRead(), again.failed(),
        again.problems());
  }

  /** The canonical URLs the lists showed, in the order the crawler met them (first list first, page 1 first). */
  static final class ListOrder implements CrawlListener {
    private final Set<String> urls = new LinkedHashSet<>();
    private int listsRead;

    @Override
    public void listPage(String list, int page, String url, int items, int fresh) {
      if (page == 1) {
        listsRead++;
      }
    }

    @Override
    public void listed(String list, int page, List<String> pageUrls) {
      urls.addAll(pageUrls);
    }

    int listsRead() {
      return listsRead;
    }

    List<String> urls() {
      return new ArrayList<>(urls);
    }
  }
}
