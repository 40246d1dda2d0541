package com.catalysttracker.crawl;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.fixture.RecordedRequest;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Issue #4's steady-state figure for one source: a full crawl of its site copy, then the k newest
 * list items "appear" (their seen-state is forgotten, so they are new to the crawler while the site
 * stays as it is), and a second crawl; the requests the site copy received in that second run, per
 * new document found, against the requests the site's structure needs per document. The second
 * crawl is the source's run 2, so lists with {@code every: N > 1} are skipped as they would be in
 * production; then the same run is replayed from the same state with every list due (as on runs 1,
 * 1 + N …), so the bench can show both and their average over an N-run cycle.
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
   * @param needed requests the site's structure needs per document ({@link
   *     DetailPlan#requestsPerDocument()})
   * @param listsRead lists (per search term, per discovered combination) the second crawl read at
   *     least one page of
   * @param failed list pages and documents the second crawl could not fetch or read
   * @param problems the second crawl's problem lines (URL and cause)
   * @param skipped lists the second crawl did not read (their {@code every: N}), with why
   * @param cycle runs after which the skipped lists are due again (the largest common multiple of
   *     their {@code every}); 1 when none was skipped
   * @param allDue the same second crawl replayed with every list due, when some were skipped; else
   *     null
   */
  record Result(
      String source,
      int fullCrawlDocuments,
      int forgotten,
      int found,
      int requests,
      int robots,
      int detailRequests,
      int needed,
      int listsRead,
      int failed,
      List<String> problems,
      List<String> skipped,
      int cycle,
      @Nullable Result allDue) {

    Result {
      problems = List.copyOf(problems);
      skipped = List.copyOf(skipped);
    }

    /**
     * Requests per run averaged over a cycle: cycle - 1 runs like this one and one reading every
     * list.
     */
    double cycleRequests() {
      return allDue == null ? requests : ((cycle - 1.0) * requests + allDue.requests()) / cycle;
    }

    /**
     * New documents per run over the cycle: every item that appears is found within it (one only a
     * skipped list shows, on that list's next due run), so as many as the run reading every list
     * finds.
     */
    double cycleFound() {
      return allDue == null ? found : allDue.found();
    }

    /** {@link #ratio()} averaged over the cycle of {@code every:} runs. */
    double cycleRatio() {
      return cycleFound() == 0 ? Double.NaN : cycleRequests() / cycleFound() / needed;
    }

    int listRequests() {
      return requests - robots - detailRequests;
    }

    /**
     * Requests per new document over what the structure needs: 1.0 is a crawler that fetches
     * nothing else.
     */
    double ratio() {
      return found == 0 ? Double.NaN : (double) requests / found / needed;
    }
  }

  static Result run(SourceDefinition source, FixtureServer server, int k, Extractors extractors) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    // Indexing is not what this measures: the documents go nowhere, everything before them is the
    // real path.
    CrawlEngine engine =
        new CrawlEngine(new HostThrottle(), extractors, state, document -> {}, HealthListener.NONE);
    CrawlOptions options = CrawlBench.options(server);
    ListOrder order = new ListOrder();
    CrawlSummary full =
        engine
            .crawl(source, options, order)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        source.id() + " is already being crawled by this engine"));
    List<String> newest =
        order.urls().stream().filter(url -> state.indexed(source.id(), url)).limit(k).toList();
    newest.forEach(url -> state.forget(source.id(), url));
    InMemoryCrawlState beforeSecond = state.copy();
    Result scheduled = secondRun(source, server, engine, options, full, newest.size(), null);
    if (scheduled.skipped().isEmpty()) {
      return scheduled;
    }
    // The same run with every list due: the state as it was, with no runs counted, makes it run 1.
    state.restore(beforeSecond);
    state.health(source.id()).ifPresent(h -> state.put(withRuns(h, 0)));
    Result allDue = secondRun(source, server, engine, options, full, newest.size(), null);
    int cycle = 1;
    for (ListSpec list : source.lists()) {
      if (list.every() > 1 && !list.dueOnRun(2)) {
        cycle = lcm(cycle, list.every());
      }
    }
    return new Result(
        scheduled.source(),
        scheduled.fullCrawlDocuments(),
        scheduled.forgotten(),
        scheduled.found(),
        scheduled.requests(),
        scheduled.robots(),
        scheduled.detailRequests(),
        scheduled.needed(),
        scheduled.listsRead(),
        scheduled.failed(),
        scheduled.problems(),
        scheduled.skipped(),
        cycle,
        allDue);
  }

  private static Result secondRun(
      SourceDefinition source,
      FixtureServer server,
      CrawlEngine engine,
      CrawlOptions options,
      CrawlSummary full,
      int forgotten,
      @Nullable Result allDue) {
    server.clearRequests();
    ListOrder secondRun = new ListOrder();
    CrawlSummary again =
        engine
            .crawl(source, options, secondRun)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        source.id() + " is already being crawled by this engine"));
    List<RecordedRequest> received = server.requests();
    int robots =
        (int)
            received.stream()
                .filter(r -> r.path().toLowerCase(Locale.ROOT).equals("/robots.txt"))
                .count();
    return new Result(
        source.id(),
        full.newDocuments(),
        forgotten,
        again.newDocuments(),
        received.size(),
        robots,
        again.detailRequests(),
        DetailPlan.of(source.detailAdapter()).requestsPerDocument(),
        secondRun.listsRead(),
        again.failed(),
        again.problems(),
        secondRun.skipped(),
        1,
        allDue);
  }

  private static SourceHealth withRuns(SourceHealth h, int runs) {
    return new SourceHealth(
        h.source(),
        h.lastRun(),
        h.lastSuccess(),
        h.consecutiveFailures(),
        h.lastItemsPerPage(),
        h.baselineItemsPerPage(),
        h.lastDetails(),
        h.lastDetailsMissingFields(),
        h.baselineMissingRate(),
        h.blocked(),
        h.lastBlocked(),
        h.healthy(),
        h.problems(),
        runs,
        h.recentRuns());
  }

  private static int lcm(int a, int b) {
    return a / java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).intValue() * b;
  }

  /**
   * The canonical URLs the lists showed, in the order the crawler met them (first list first, page
   * 1 first).
   */
  static final class ListOrder implements CrawlListener {
    private final Set<String> urls = new LinkedHashSet<>();
    private final List<String> skipped = new ArrayList<>();
    private int listsRead;

    @Override
    public void listSkipped(String list, String why) {
      skipped.add(list + " (" + why + ")");
    }

    List<String> skipped() {
      return skipped;
    }

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
