package com.catalysttracker.crawl;

import com.catalysttracker.document.Document;
import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extraction;
import com.catalysttracker.extract.FetchedDocument;
import com.catalysttracker.extract.FetchedResponse;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.RequestTemplate;
import com.catalysttracker.source.SourceDefinition;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run of one source: walks each list newest first, fetching the detail of every item not
 * seen before (or whose list entry changed), extracting and indexing it, and stops a list at the
 * items it has already seen. Seen-state and health go to the {@link CrawlStateStore}. Nothing a
 * site does throws: failures are counted, reported against their URL, and the run goes on.
 */
public final class SourceCrawler {

  private static final Logger log = LoggerFactory.getLogger("catalyst.crawl");
  // detail.follow selectors parsed once, not per page (QueryParser showed in crawl profiles).
  private static final java.util.Map<String, org.jsoup.select.Evaluator> FOLLOW =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final SourceDefinition source;
  private final PoliteFetcher fetcher;
  private final DetailPlan details;
  private final DocumentExtractor extractor;
  private final CrawlStateStore state;
  private final DocumentSink sink;
  private final CrawlListener listener;
  private final HealthListener healthListener;
  private final int maxPagesOverride;
  private final Supplier<Instant> clock;

  // Per run.
  private final Map<String, Boolean> visited = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> firstPageItems = new LinkedHashMap<>();
  private final List<String> blocked = new ArrayList<>();
  private int pages;
  private int fresh;
  private int changed;
  private int unchanged;
  private int failed;
  private int requests;
  private int detailRequests;
  private int listPagesRead;
  private int detailsExtracted;
  private int detailsMissing;

  /**
   * @param maxPagesOverride at most this many pages per list (the {@code --max-pages} option), or 0
   *     for the definition's own limit
   */
  public SourceCrawler(
      SourceDefinition source,
      PoliteFetcher fetcher,
      DocumentExtractor extractor,
      CrawlStateStore state,
      DocumentSink sink,
      CrawlListener listener,
      HealthListener healthListener,
      int maxPagesOverride,
      Supplier<Instant> clock) {
    this.source = source;
    this.fetcher = fetcher;
    this.details = DetailPlan.of(source.detailAdapter());
    this.extractor = extractor;
    this.state = state;
    this.sink = sink;
    this.listener = listener;
    this.healthListener = healthListener;
    this.maxPagesOverride = maxPagesOverride;
    this.clock = clock;
  }

  /** Runs once; call on a fresh instance for each run. */
  public CrawlSummary run() {
    long started = System.nanoTime();
    int run = runNumber();
    for (ListSpec declared : source.lists()) {
      // A site that answers block pages is left alone until the next run: more requests only
      // prolong the block.
      if (Thread.currentThread().isInterrupted() || !blocked.isEmpty()) {
        break;
      }
      if (!declared.dueOnRun(run)) {
        String why =
            "every: "
                + declared.every()
                + " reads it on runs 1, "
                + (1 + declared.every())
                + ", "
                + (1 + 2 * declared.every())
                + " …; this is run "
                + run;
        listener.listSkipped(declared.name(), why);
        log.info("{}: list {} not read this run ({})", source.id(), declared.name(), why);
        continue;
      }
      for (ListSpec list : discovered(declared)) {
        if (list.perTerm()) {
          for (String term : source.searchTerms()) {
            walk(list, term);
          }
        } else {
          walk(list, null);
        }
      }
    }
    recordHealth();
    CrawlSummary summary =
        new CrawlSummary(
            source.id(),
            pages,
            fresh,
            changed,
            unchanged,
            failed,
            Duration.ofNanos(System.nanoTime() - started),
            requests,
            detailRequests,
            problems);
    if (log.isInfoEnabled()) {
      log.info(
          "{}: {}",
          source.id(),
          summary.line()); // line() formats numbers: not for a log level that is off
    }
    return summary;
  }

  /**
   * This run's number (1 = the source's first), from the runs its health has recorded; 0 (every
   * list due) when no list has {@code every} or the count cannot be read: a missed skip costs
   * requests, a wrong one would delay documents.
   */
  private int runNumber() {
    if (source.lists().stream().allMatch(l -> l.every() == 1)) {
      return 0;
    }
    try {
      return state.health(source.id()).map(h -> h.runs() + 1).orElse(1);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "{}: run count not read from crawl state ({}); every list is read this run",
          source.id(),
          e.toString());
      return 0;
    }
  }

  /**
   * The list itself, or one list per combination of the values its {@code discover} page carries
   * (gkmlpt: the SID and every category of the tree); none when that page cannot be read.
   */
  private List<ListSpec> discovered(ListSpec list) {
    ListSpec.Discovery discover = list.discover();
    if (discover == null) {
      return List.of(list);
    }
    FetchOutcome outcome =
        fetcher.fetch(FetchRequest.get(URI.create(CanonicalUrls.escape(discover.url()))));
    requests += attempts(outcome);
    pages++;
    if (!(outcome instanceof FetchResult result)) {
      fail(
          "list "
              + list.name()
              + ": its discover page "
              + discover.url()
              + ": "
              + describe(outcome));
      return List.of();
    }
    String text = result.text() == null ? "" : result.text();
    if (blockedBy(list, list.name() + " discover page", result, text)) {
      return List.of();
    }
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Map.Entry<String, String> value : discover.values().entrySet()) {
      java.util.Set<String> found = new java.util.LinkedHashSet<>();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(value.getValue().substring("regex:".length()))
              .matcher(text);
      while (m.find()) {
        if (m.group(1) != null && !m.group(1).isBlank()) {
          found.add(m.group(1).strip());
        }
      }
      if (found.isEmpty()) {
        fail(
            "list "
                + list.name()
                + ": discover.values."
                + value.getKey()
                + " ("
                + value.getValue()
                + ") matched nothing on "
                + discover.url()
                + "; the page changed, update the pattern in crawlers/"
                + source.id()
                + ".yml");
        return List.of();
      }
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : combinations) {
        for (String v : found) {
          Map<String, String> more = new LinkedHashMap<>(partial);
          more.put(value.getKey(), v);
          next.add(more);
        }
      }
      combinations = next;
    }
    return combinations.stream().map(list::withValues).toList();
  }

  private boolean blockedBy(ListSpec list, String label, FetchResult result, String text) {
    for (String marker : list.blockMarkers()) {
      if (text.contains(marker)) {
        blocked.add(label + ": '" + marker + "' at " + result.url());
        fail(
            label
                + " ("
                + result.url()
                + "): the site answered a block page ('"
                + marker
                + "'); stopped this source until the next run");
        return true;
      }
    }
    return false;
  }

  private void walk(ListSpec list, @Nullable String term) {
    String label = term == null ? list.name() : list.name() + " (" + term + ")";
    ListReader reader = ListReader.of(list.format());
    int maxPages =
        maxPagesOverride > 0 ? Math.min(maxPagesOverride, list.maxPages()) : list.maxPages();
    int consecutiveSeen = 0;
    for (int page = 1; page <= maxPages; page++) {
      FetchRequest request = request(list.request(page), page, term);
      FetchOutcome outcome = fetcher.fetch(request);
      requests += attempts(outcome);
      pages++;
      if (!(outcome instanceof FetchResult result)) {
        if (isBlock(outcome)) {
          blocked("list " + label + " page " + page + ": " + describe(outcome));
        }
        fail("list " + label + " page " + page + ": " + describe(outcome));
        return;
      }
      String text = result.text() == null ? "" : result.text();
      if (blockedBy(list, "list " + label + " page " + page, result, text)) {
        return;
      }
      ListPage read;
      try {
        read = reader.read(source, list, result);
      } catch (ListReader.ListFormatException e) {
        fail("list " + label + " page " + page + ": " + e.getMessage());
        return;
      }
      listPagesRead++;
      // Lists mix in other sites' pages (a State Council briefing on a ministry list): not this
      // source's.
      read = new ListPage(read.items().stream().filter(this::onSite).toList(), read.pages());
      if (page == 1 && term == null) {
        firstPageItems.put(list.name(), read.items().size());
      }
      if (read.items().isEmpty()) {
        listener.listPage(label, page, result.url().toString(), 0, 0);
        return;
      }
      List<ListItem> items =
          read.items().stream()
              .map(i -> new ListItem(details.canonical(i.url()), i.title(), i.date()))
              .toList();
      listener.listed(label, page, items.stream().map(ListItem::url).toList());
      Map<String, ItemState> known;
      try {
        known = state.items(source.id(), items.stream().map(ListItem::url).toList());
      } catch (IOException e) {
        fail(
            "crawl state unreachable while reading "
                + label
                + " page "
                + page
                + " ("
                + e.getMessage()
                + "); stopped this list, nothing lost");
        return;
      }
      int freshOnPage = 0;
      for (ListItem item : items) {
        if (!blocked.isEmpty()) {
          return; // back off: nothing more is asked of a site that showed a block page
        }
        Boolean newThisRun = visited.get(item.url());
        if (newThisRun != null) {
          // Already handled by an earlier list of this run: neutral for the stop rule unless it was
          // new.
          if (newThisRun) {
            consecutiveSeen = 0;
            freshOnPage++;
          }
          continue;
        }
        ItemState before = known.get(item.url());
        boolean listChanged =
            before != null
                && before.listSignature() != null
                && !before.listSignature().isEmpty()
                && !item.signature().isEmpty()
                && !before.listSignature().equals(item.signature());
        if (before != null && before.contentHash() != null && !listChanged) {
          visited.put(item.url(), false);
          consecutiveSeen++;
          touch(before, item);
          continue;
        }
        visited.put(item.url(), true);
        consecutiveSeen = 0;
        freshOnPage++;
        fetchDocument(item, before);
      }
      listener.listPage(label, page, result.url().toString(), read.items().size(), freshOnPage);
      if (freshOnPage == 0 || consecutiveSeen >= source.stopAfterSeen()) {
        return; // reached what earlier runs saw
      }
      Integer total = read.pages();
      if (!list.paged() || (total != null && page >= total)) {
        return;
      }
    }
  }

  private boolean onSite(ListItem item) {
    try {
      String host = URI.create(CanonicalUrls.escape(item.url())).getHost();
      return host != null && source.hosts().contains(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void fetchDocument(ListItem item, @Nullable ItemState before) {
    Instant now = clock.get();
    List<FetchResult> results = new ArrayList<>();
    FetchRequest request;
    try {
      request = details.first(item.url());
    } catch (IllegalArgumentException e) {
      fail(item.url() + ": " + e.getMessage());
      return;
    }
    pages++;
    if (before != null && (before.etag() != null || before.lastModified() != null)) {
      request = request.withValidators(new FetchValidators(before.etag(), before.lastModified()));
    }
    while (request != null) {
      FetchOutcome outcome = fetcher.fetch(request);
      int made = attempts(outcome);
      requests += made;
      detailRequests += made;
      if (outcome instanceof NotModified && before != null) {
        unchanged++;
        store(
            new ItemState(
                before.source(),
                before.url(),
                before.contentHash(),
                item.signature(),
                before.firstSeen(),
                now,
                now,
                before.version(),
                before.etag(),
                before.lastModified(),
                before.history()));
        listener.document(item.url(), "unchanged", item.title() == null ? "" : item.title());
        return;
      }
      if (!(outcome instanceof FetchResult result)) {
        if (isBlock(outcome)) {
          blocked(item.url() + ": " + describe(outcome));
        }
        fail(item.url() + ": " + describe(outcome));
        return;
      }
      if (truncated(result)) {
        fail(
            item.url()
                + ": the page arrived cut short (no closing </html>); left for the next run");
        return;
      }
      Optional<String> block = details.blocked(result).or(() -> detailBlockMarker(result));
      if (block.isPresent()) {
        blocked(item.url() + ": " + block.get());
        fail(
            item.url()
                + ": the site answered a block page ("
                + block.get()
                + "); stopped the run until the next one, nothing indexed");
        return;
      }
      results.add(result);
      try {
        request = details.next(item.url(), results).orElse(null);
      } catch (IllegalArgumentException e) {
        fail(item.url() + ": " + e.getMessage());
        return;
      }
    }
    // The page is decoded once (by the fetcher) and parsed at most once: the links detail.follow
    // picks are read here, before the extractor, which gets the parsed page and may change it.
    org.jsoup.nodes.Document page =
        source.follow().isEmpty() ? null : parsed(results.get(0), item.url());
    List<String> followed = page == null ? List.of() : followed(page, results.get(0).finalUrl());
    List<FetchedResponse> responses = new ArrayList<>(results.size());
    for (FetchResult r : results) {
      responses.add(
          new FetchedResponse(
              r.url().toString(),
              r.contentType(),
              r.body(),
              r.decoded(),
              responses.isEmpty() ? page : null));
    }
    Extraction extraction;
    try {
      extraction = extractor.extract(new FetchedDocument(source.id(), item.url(), responses));
    } catch (RuntimeException e) {
      // One bad page is recorded against its URL and the run goes on.
      fail(item.url() + ": extraction failed (" + e + ")");
      return;
    }
    detailsExtracted++;
    if (!extraction.missingRequired().isEmpty()) {
      detailsMissing++;
    }
    Document document = extraction.document();
    if (document == null) {
      fail(
          item.url()
              + ": no "
              + String.join(", ", extraction.missingRequired())
              + " found on the page; the detail selectors may need updating");
      return;
    }
    if (!extraction.missingRequired().isEmpty()) {
      problems.add(
          item.url()
              + ": required fields empty: "
              + String.join(", ", extraction.missingRequired()));
    }
    document = withFetchedAt(document, results.get(0).fetchedAt());
    FetchValidators validators = results.get(0).validators();
    if (before != null && document.contentHash().equals(before.contentHash())) {
      unchanged++;
      store(
          new ItemState(
              before.source(),
              before.url(),
              before.contentHash(),
              item.signature(),
              before.firstSeen(),
              now,
              now,
              before.version(),
              validators.etag(),
              validators.lastModified(),
              before.history()));
      listener.document(item.url(), "unchanged", document.title());
      return;
    }
    try {
      sink.store(document);
    } catch (IOException e) {
      fail(
          item.url()
              + ": Elasticsearch unreachable while indexing ("
              + e.getMessage()
              + "); it will be fetched again next run");
      return;
    } catch (IllegalArgumentException e) {
      fail(item.url() + ": " + e.getMessage());
      return;
    }
    ItemState after;
    if (before == null || before.contentHash() == null) {
      fresh++;
      after =
          new ItemState(
              source.id(),
              item.url(),
              document.contentHash(),
              item.signature(),
              before == null ? now : before.firstSeen(),
              now,
              now,
              1,
              validators.etag(),
              validators.lastModified(),
              List.of());
      listener.document(item.url(), "new", document.title());
    } else {
      changed++;
      after =
          before.changedTo(document.contentHash(), item.title() == null ? "" : item.title(), now);
      after =
          new ItemState(
              after.source(),
              after.url(),
              after.contentHash(),
              item.signature(),
              after.firstSeen(),
              now,
              now,
              after.version(),
              validators.etag(),
              validators.lastModified(),
              after.history());
      listener.document(item.url(), "changed", document.title());
    }
    store(after);
    List<String> related = new ArrayList<>(details.related(item.url(), results));
    for (String url : followed) {
      if (!related.contains(url) && !url.equals(item.url())) {
        related.add(url);
      }
    }
    follow(related);
  }

  /**
   * The definition's {@code detail.block-markers} found in a detail answer (a WAF challenge in
   * place of the page).
   */
  private Optional<String> detailBlockMarker(FetchResult answer) {
    String text = answer.text() == null ? "" : answer.text();
    return source.detailBlockMarkers().stream()
        .filter(text::contains)
        .findFirst()
        .map(marker -> "'" + marker + "' (detail.block-markers) instead of the page");
  }

  /**
   * Links the definition's {@code detail.follow} selectors pick on a document's page (a policy's
   * 相关解读), canonical and on the source's hosts: documents no list shows.
   */
  private List<String> followed(org.jsoup.nodes.Document html, URI finalUrl) {
    List<String> out = new ArrayList<>();
    for (String selector : source.follow()) {
      for (org.jsoup.nodes.Element link :
          html.select(FOLLOW.computeIfAbsent(selector, org.jsoup.select.QueryParser::parse))) {
        String url = CanonicalUrls.canonical(source, finalUrl, link.attr("href"));
        if (url != null && onSite(new ListItem(url, null, null)) && !out.contains(url)) {
          out.add(details.canonical(url));
        }
      }
    }
    return out;
  }

  /**
   * The detail answer parsed as the HTML extractor parses it (its decoded text, the canonical URL
   * as base URI), or null when it is not text.
   */
  private static org.jsoup.nodes.@Nullable Document parsed(
      FetchResult answer, String canonicalUrl) {
    return answer.text() == null ? null : org.jsoup.Jsoup.parse(answer.text(), canonicalUrl);
  }

  /** Documents a detail page links to that no list shows (ggzy: the other notices of a project). */
  private void follow(List<String> related) {
    for (String url : related) {
      if (!blocked.isEmpty() || visited.containsKey(url)) {
        continue;
      }
      Map<String, ItemState> known;
      try {
        known = state.items(source.id(), List.of(url));
      } catch (IOException e) {
        fail(
            "crawl state unreachable while following "
                + url
                + " ("
                + e.getMessage()
                + "); left for the next run");
        return;
      }
      ItemState before = known.get(url);
      if (before != null && before.contentHash() != null) {
        visited.put(url, false);
        continue;
      }
      visited.put(url, true);
      fetchDocument(new ListItem(url, null, null), before);
    }
  }

  private void blocked(String what) {
    blocked.add(what);
  }

  /** An error answer showing a block page (HTTP 521 challenge): the run stops as for a 200 one. */
  private static boolean isBlock(FetchOutcome outcome) {
    return outcome instanceof FetchFailure f && f.reason() == FetchFailure.Reason.BLOCKED;
  }

  private void touch(ItemState before, ListItem item) {
    // Seen again: the state says so, so list-only sightings keep it fresh. Cheap enough per page.
    if (before.listSignature() == null) {
      store(
          new ItemState(
              before.source(),
              before.url(),
              before.contentHash(),
              item.signature(),
              before.firstSeen(),
              clock.get(),
              before.lastFetched(),
              before.version(),
              before.etag(),
              before.lastModified(),
              before.history()));
    }
  }

  private void store(ItemState item) {
    try {
      state.put(item);
    } catch (IOException e) {
      // The document is indexed; without its state the next run fetches it again and finds it
      // unchanged.
      problems.add(item.url() + ": crawl state not saved (" + e.getMessage() + ")");
    }
  }

  private void recordHealth() {
    try {
      SourceHealth previous = state.health(source.id()).orElse(SourceHealth.initial(source.id()));
      SourceHealth current =
          previous.after(
              new SourceHealth.Run(
                  firstPageItems, listPagesRead, detailsExtracted, detailsMissing, blocked),
              clock.get());
      state.put(current);
      if (!current.healthy()) {
        log.warn("{} is unhealthy: {}", source.id(), String.join("; ", current.problems()));
      }
      healthListener.recorded(previous, current);
    } catch (IOException | RuntimeException e) {
      log.warn("{}: health not recorded ({})", source.id(), e.toString());
    }
  }

  private FetchRequest request(RequestTemplate template, int page, @Nullable String term) {
    URI url = URI.create(CanonicalUrls.escape(template.url(page, term)));
    FetchRequest request;
    if (template.method() == RequestTemplate.Method.GET) {
      request = FetchRequest.get(url);
    } else if (template.json() != null) {
      request = FetchRequest.postJson(url, template.json(page, term));
    } else {
      request = FetchRequest.postForm(url, template.form(page, term));
    }
    for (Map.Entry<String, String> h : template.headers().entrySet()) {
      request = request.withHeader(h.getKey(), h.getValue());
    }
    return request;
  }

  private void fail(String message) {
    failed++;
    problems.add(message);
    listener.failure(message);
    log.warn("{}: {}", source.id(), message);
  }

  private static boolean truncated(FetchResult result) {
    String text = result.text();
    if (text == null
        || result.contentType() == null
        || !result.contentType().toLowerCase(Locale.ROOT).contains("html")) {
      return false;
    }
    // Searched in place: lower-casing a copy of every page showed in the crawl profile.
    return tagAt(text, "<html", true) && !tagAt(text, "</html", false);
  }

  /**
   * Whether {@code text} holds {@code tag} (lower-case ASCII, starting with '<') in any case,
   * searched from the start or the end.
   */
  static boolean tagAt(String text, String tag, boolean fromStart) {
    int i = fromStart ? text.indexOf('<') : text.lastIndexOf('<');
    while (i >= 0) {
      if (text.regionMatches(true, i, tag, 0, tag.length())) {
        return true;
      }
      i = fromStart ? text.indexOf('<', i + 1) : text.lastIndexOf('<', i - 1);
    }
    return false;
  }

  private static int attempts(FetchOutcome outcome) {
    if (outcome instanceof FetchResult r) {
      return r.attempts();
    }
    if (outcome instanceof NotModified n) {
      return n.attempts();
    }
    return outcome instanceof FetchFailure f ? f.attempts() : 0;
  }

  private static String describe(FetchOutcome outcome) {
    if (outcome instanceof FetchFailure f) {
      return f.message();
    }
    if (outcome instanceof FetchSkipped s) {
      return s.message();
    }
    return outcome.kind().name().toLowerCase(Locale.ROOT);
  }

  private static Document withFetchedAt(Document d, Instant fetchedAt) {
    return new Document(
        d.id(),
        d.source(),
        d.url(),
        d.seenAt(),
        d.title(),
        d.docType(),
        d.published(),
        d.issuer(),
        d.issuerLevel(),
        d.docNumber(),
        d.region(),
        d.projectCode(),
        d.projectName(),
        d.budgetYuan(),
        d.amountYuan(),
        d.winners(),
        d.agency(),
        d.themes(),
        d.text(),
        d.contentHash(),
        fetchedAt,
        d.attachments());
  }
}
