package com.catalysttracker.crawl;

import com.catalysttracker.document.Document;
import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.FetchedDocument;
import com.catalysttracker.extract.FetchedResponse;
import com.catalysttracker.extract.FieldSelector;
import com.catalysttracker.extract.PublishedDateParser;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * Real-size site copies for issue #4's steady-state figure. The recorded copies hold 7–12
 * documents, 3–5 a list page, so the k = 10 newest items span several pages of a list where the
 * real sites show about 20 a page and ten new items fit on page 1. Nothing can be recorded again
 * offline, so this writes a larger copy from a recorded one and its source's definition alone, no
 * per-site code.
 *
 * <p>Every HTML list paged by URL template (a {@code {page}}/{@code {index}} request for pages ≥ 2
 * and a {@code regex:} page count) keeps its recorded items, first and as recorded, and goes on
 * with clones of them up to {@link Shape#documents()} items, {@link Shape#pageSize()} a page. A
 * clone is a recorded item element with a new detail URL (the recorded file name with other id
 * digits: folder, suffix and host stay what the definition and the site's hosts expect), its title
 * with a number appended and a date one day older than the item before it; its detail page is the
 * recorded page with that title and date written in. The page count goes where the definition's
 * {@code paging.pages} regex reads it. Lists it cannot grow (JSON, POST, discovered columns, search
 * terms, one-page lists) stay as recorded and are named with why; a source whose first list cannot
 * grow is not written, since the steady-state bench forgets the first list's newest items. The same
 * inputs write the same bytes: nothing is random and nothing depends on the clock.
 */
public final class RealSizeCopies {

  /**
   * Appended to a clone's title: DocTypeClassifier ignores a trailing number in brackets, so its
   * doc_type stays the recorded one's.
   */
  private static final String TITLE_SUFFIX = "（%d）";

  // A date as list and detail pages print it: 2025-03-10, 2025/3/10, 2025.03.10, 2025年3月10日.
  private static final String DATE_SEPARATOR = "(\\s*[-/.年]\\s*)";
  private static final String DAY_SEPARATOR = "(\\s*[-/.月]\\s*)";
  private static final Pattern LAST_DIGITS = Pattern.compile("(\\d+)(?=\\D*$)");

  /**
   * The shape of a generated list.
   *
   * @param pageSize items a list page shows
   * @param documents items a list holds (recorded ones included; a list recorded with more keeps
   *     them all)
   */
  public record Shape(int pageSize, int documents) {
    public Shape {
      if (pageSize < 1 || documents < pageSize) {
        throw new IllegalArgumentException(
            "a real-size list needs at least 1 item a page and a page's worth of items, was "
                + pageSize
                + " a page, "
                + documents
                + " in all");
      }
    }

    /**
     * {@code pageSize} a page over three and a half pages: a steady-state run meets a full page 1,
     * the full crawl a part-full last page.
     */
    public static Shape of(int pageSize) {
      return new Shape(pageSize, pageSize * 7 / 2);
    }
  }

  /**
   * What became of one source.
   *
   * @param source crawler id
   * @param skipped why no copy was written, or null when one was
   * @param grown list name → items it holds in the written copy
   * @param kept list name → why it stays as recorded in the written copy
   */
  public record Outcome(
      String source,
      @Nullable String skipped,
      Map<String, Integer> grown,
      Map<String, String> kept) {
    public Outcome {
      grown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grown));
      kept = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    }

    public boolean written() {
      return skipped == null;
    }
  }

  /** Why a list stays as recorded; caught per list, never leaves this class. */
  private static final class CannotGrow extends Exception {
    private static final long serialVersionUID = 1L;

    CannotGrow(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * A recorded item: its element (with the page it was on, which relative links resolve against)
   * and what the reader made of it.
   */
  private record Row(Element element, URI page, ListItem item) {}

  /** A recorded item whose detail page can be cloned, with that page decoded and read. */
  private record Template(
      Row row,
      String rawHref,
      String detailText,
      Charset charset,
      String detailTitle,
      @Nullable LocalDate published) {}

  /**
   * A list grown in memory: the files to write (relative to the copy's folder), the routes that
   * serve the new ones, and the item count.
   */
  private record Grown(Map<String, byte[]> files, List<Route> routes, int items) {}

  /**
   * A routes.json entry for a new file, with the Content-Type of the recorded page it copies: the
   * recorded copies name every page in routes.json, and a static {@code .jhtml} would be served as
   * application/octet-stream, which the crawler does not read as a page.
   */
  private record Route(String host, String path, String file, @Nullable String contentType) {
    static Route of(String url, String file, @Nullable String contentType) {
      URI u = CanonicalUrls.fetchable(url);
      return new Route(
          u.getRawAuthority(),
          u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath(),
          file,
          contentType);
    }
  }

  private final Extractors extractors;
  private final Shape shape;

  public RealSizeCopies(Extractors extractors, Shape shape) {
    this.extractors = extractors;
    this.shape = shape;
  }

  public Shape shape() {
    return shape;
  }

  /**
   * Writes the real-size copy of {@code source}'s recorded copy {@code recorded} (a folder with
   * routes.json and site/) to {@code out}, which must not exist yet; nothing is written when the
   * source is skipped.
   */
  public Outcome write(SourceDefinition source, Path recorded, Path out) {
    if (Files.exists(out)) {
      throw new IllegalArgumentException(
          out + " exists already: a real-size copy is written to a new folder");
    }
    Path root = recorded.toAbsolutePath().normalize();
    Map<String, Integer> grown = new LinkedHashMap<>();
    Map<String, String> kept = new LinkedHashMap<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Route> routes = new ArrayList<>();
    try (FixtureServer copy = FixtureServer.start(root)) {
      DocumentExtractor extractor =
          extractors.forSource(
              source.detailAdapter(), source.kind(), source.detail(), source.encoding());
      Ids ids = new Ids(copy);
      for (int i = 0; i < source.lists().size(); i++) {
        ListSpec list = source.lists().get(i);
        try {
          Grown g = grow(source, list, copy, root, extractor, ids);
          for (Map.Entry<String, byte[]> f : g.files().entrySet()) {
            if (files.put(f.getKey(), f.getValue()) != null) {
              throw new CannotGrow("its page file " + f.getKey() + " is another list's too");
            }
          }
          routes.addAll(g.routes());
          grown.put(list.name(), g.items());
        } catch (CannotGrow e) {
          if (i == 0) {
            return new Outcome(
                source.id(),
                "first list " + list.name() + ": " + e.getMessage(),
                Map.of(),
                Map.of());
          }
          kept.put(list.name(), e.getMessage());
        }
      }
    }
    copyTree(root, out);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = out.resolve(f.getKey()).normalize();
      try {
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + target, e);
      }
    }
    addRoutes(out.resolve("routes.json"), routes);
    Outcome outcome = new Outcome(source.id(), null, grown, kept);
    writeNote(out, source, outcome);
    return outcome;
  }

  private Grown grow(
      SourceDefinition source,
      ListSpec list,
      FixtureServer copy,
      Path root,
      DocumentExtractor extractor,
      Ids ids)
      throws CannotGrow {
    checkShape(list);
    String firstUrl = list.request(1).url(1, null);
    String secondUrl = list.request(2).url(2, null);
    if (!URI.create(firstUrl).resolve(".").equals(URI.create(secondUrl).resolve("."))) {
      throw new CannotGrow(
          "page 1 ("
              + firstUrl
              + ") and page 2 ("
              + secondUrl
              + ") are in different folders: relative links would change meaning");
    }
    Path firstFile =
        copy.file(firstUrl)
            .orElseThrow(
                () -> new CannotGrow("page 1 " + firstUrl + " is not in the recorded copy"));
    ResponseCharsets.DecodedText firstPage = decode(source, firstFile);
    Charset listCharset = firstPage.charset();
    org.jsoup.nodes.Document pageTemplate = Jsoup.parse(firstPage.text(), firstUrl);
    List<Row> rows = recordedRows(source, list, copy);
    if (rows.isEmpty()) {
      throw new CannotGrow("its recorded pages show no item to clone");
    }
    List<Template> templates = new ArrayList<>();
    String unusable = null;
    for (Row row : rows) {
      try {
        templates.add(template(source, row, copy, extractor));
      } catch (CannotGrow e) {
        unusable = unusable == null ? row.item().url() + ": " + e.getMessage() : unusable;
      }
    }
    if (templates.isEmpty()) {
      throw new CannotGrow("no recorded item has a detail page to clone (" + unusable + ")");
    }
    LocalDate oldest =
        rows.stream()
            .map(r -> r.item().date())
            .filter(Objects::nonNull)
            .map(PublishedDateParser::parse)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder())
            .orElse(
                templates.stream()
                    .map(Template::published)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null));

    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Route> routes = new ArrayList<>();
    List<Element> elements = new ArrayList<>(rows.stream().map(r -> r.element().clone()).toList());
    List<String> urls = new ArrayList<>(rows.stream().map(r -> r.item().url()).toList());
    for (int j = 0; elements.size() < shape.documents(); j++) {
      Template t = templates.get(j % templates.size());
      LocalDate date = oldest == null ? null : oldest.minusDays(j + 1L);
      int n = ids.next();
      String href = withId(t.rawHref(), n);
      String url = CanonicalUrls.canonical(source, t.row().page(), href);
      String detailFile = url == null ? null : ids.claim(url);
      while (url != null && detailFile == null) {
        n = ids.next();
        href = withId(t.rawHref(), n);
        url = CanonicalUrls.canonical(source, t.row().page(), href);
        detailFile = url == null ? null : ids.claim(url);
      }
      if (url == null) {
        throw new CannotGrow(
            "the clone link " + href + " of " + t.row().item().url() + " does not resolve");
      }
      String suffix = String.format(Locale.ROOT, TITLE_SUFFIX, n);
      Element clone = cloneItem(t, href, suffix, date);
      ListItem read = HtmlListReader.item(source, list, t.row().page(), clone);
      if (read == null || !read.url().equals(url)) {
        throw new CannotGrow(
            "a clone of "
                + t.row().item().url()
                + " reads as "
                + (read == null ? "no item" : read.url())
                + ", not "
                + url
                + ": items.link is not an attribute the generator can rewrite");
      }
      byte[] detail = cloneDetail(t, suffix, date).getBytes(t.charset());
      if (j < templates.size()) {
        checkTitleChanged(source, t, url, detail, extractor);
      }
      files.put(detailFile, detail);
      routes.add(Route.of(url, detailFile, copy.contentType(t.row().item().url())));
      elements.add(clone);
      urls.add(url);
    }
    int pages = (elements.size() + shape.pageSize() - 1) / shape.pageSize();
    Set<String> pageFiles = new HashSet<>();
    for (int p = 1; p <= pages; p++) {
      String pageUrl = list.request(p).url(p, null);
      String file =
          copy.file(pageUrl)
              .map(f -> root.relativize(f.toAbsolutePath().normalize()).toString())
              .orElse(null);
      if (file == null) {
        file = staticFile(pageUrl);
        routes.add(Route.of(pageUrl, file, copy.contentType(firstUrl)));
      }
      if (!pageFiles.add(file)) {
        throw new CannotGrow("pages of it share the file " + file);
      }
      List<Element> onPage =
          elements.subList(
              (p - 1) * shape.pageSize(), Math.min(p * shape.pageSize(), elements.size()));
      String html = page(source, list, pageTemplate, firstUrl, onPage, pages);
      checkPage(
          source,
          list,
          pageUrl,
          html,
          urls.subList((p - 1) * shape.pageSize(), Math.min(p * shape.pageSize(), urls.size())),
          pages);
      files.put(file, html.getBytes(listCharset));
    }
    return new Grown(files, routes, elements.size());
  }

  private static void checkShape(ListSpec list) throws CannotGrow {
    if (list.format() != ListSpec.Format.HTML) {
      throw new CannotGrow(
          "format "
              + list.format().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + "; the generator writes HTML list pages only");
    }
    if (list.discover() != null) {
      throw new CannotGrow("its columns are discovered from " + list.discover().url());
    }
    if (list.first().method() != com.catalysttracker.source.RequestTemplate.Method.GET) {
      throw new CannotGrow("a POST list; the generator writes GET pages only");
    }
    if (list.perTerm()) {
      throw new CannotGrow("a search ({term}): read once per term per run, whatever its page size");
    }
    if (!list.paged()) {
      throw new CannotGrow("one page, no paging: read once per run, whatever its size");
    }
    if (list.pages() == null || !list.pages().startsWith("regex:")) {
      throw new CannotGrow("paging.pages is not a regex: the page count has nowhere to be written");
    }
    if (list.items().linkTemplate() != null) {
      throw new CannotGrow("items.link-template builds links from ids the generator cannot vary");
    }
    for (String link : list.items().link()) {
      FieldSelector s = FieldSelector.parse(link);
      if (s.kind() != FieldSelector.Kind.CSS || !link.contains("@")) {
        throw new CannotGrow(
            "items.link "
                + link
                + " is not CSS@attribute, the only link the generator can rewrite");
      }
    }
    for (int p = 1; p <= 2; p++) {
      if (URI.create(list.request(p).url(p, null)).getRawQuery() != null) {
        throw new CannotGrow(
            "page " + p + " has a query string; the generator writes static files only, no routes");
      }
    }
  }

  /**
   * The items of the recorded pages, in order, each URL once; walks the pages as a first crawl
   * would.
   */
  private static List<Row> recordedRows(SourceDefinition source, ListSpec list, FixtureServer copy)
      throws CannotGrow {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int p = 1; p <= list.maxPages(); p++) {
      String pageUrl = list.request(p).url(p, null);
      Optional<Path> file = copy.file(pageUrl);
      if (file.isEmpty()) {
        break;
      }
      String text = decode(source, file.get()).text();
      org.jsoup.nodes.Document doc = Jsoup.parse(text, pageUrl);
      URI base = URI.create(pageUrl);
      int before = rows.size();
      for (Element e : HtmlListReader.candidates(list, doc)) {
        ListItem item = HtmlListReader.item(source, list, base, e);
        if (item != null && seen.add(item.url())) {
          rows.add(new Row(e, base, item));
        }
      }
      Integer total = HtmlListReader.pages(list.pages(), text);
      if (rows.size() == before || (total != null && p >= total)) {
        break;
      }
    }
    return rows;
  }

  private Template template(
      SourceDefinition source, Row row, FixtureServer copy, DocumentExtractor extractor)
      throws CannotGrow {
    String url = row.item().url();
    URI fetchable = CanonicalUrls.fetchable(url);
    if (url.contains("#")) {
      throw new CannotGrow("a single-page-app route, fetched through an API");
    }
    FetchRequest first = DetailPlan.of(source.detailAdapter()).first(url);
    if (first.method() != FetchRequest.Method.GET || !first.url().equals(fetchable)) {
      throw new CannotGrow(
          "detail.adapter " + source.detailAdapter() + " fetches it from " + first.url());
    }
    if (fetchable.getRawQuery() != null) {
      throw new CannotGrow(
          "its address has a query string; the generator writes static files only, no routes");
    }
    Path file =
        copy.file(url)
            .orElseThrow(() -> new CannotGrow("its detail page is not in the recorded copy"));
    String rawHref = rawHref(source, row);
    if (rawHref == null) {
      throw new CannotGrow("no attribute of the item element holds its link");
    }
    if (digits(rawHref).length() < 4) {
      throw new CannotGrow(
          "its file name " + lastSegment(rawHref) + " has no id of 4 or more digits to vary");
    }
    ResponseCharsets.DecodedText decoded = decode(source, file);
    Document doc = extract(source, url, decoded.text().getBytes(decoded.charset()), extractor);
    if (doc == null || doc.title() == null || doc.title().isBlank()) {
      throw new CannotGrow("its detail page yields no document with a title");
    }
    return new Template(
        row, rawHref, decoded.text(), decoded.charset(), doc.title(), doc.published());
  }

  /**
   * The attribute value of the item element that resolves to the item's URL: what a clone's link
   * replaces.
   */
  private static @Nullable String rawHref(SourceDefinition source, Row row) {
    for (Element e : row.element().getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getKey().equalsIgnoreCase("href")
            && row.item().url().equals(CanonicalUrls.canonical(source, row.page(), a.getValue()))) {
          return a.getValue();
        }
      }
    }
    return null;
  }

  private static Element cloneItem(
      Template t, String href, String suffix, @Nullable LocalDate date) {
    Element clone = t.row().element().clone();
    String title = t.row().item().title();
    LocalDate listed =
        t.row().item().date() == null
            ? null
            : PublishedDateParser.parse(t.row().item().date()).orElse(null);
    for (Element e : clone.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getValue().equals(t.rawHref())) {
          a.setValue(href);
        } else {
          a.setValue(rewritten(a.getValue(), title, suffix, listed, date));
        }
      }
      for (TextNode text : e.textNodes()) {
        text.text(rewritten(text.getWholeText(), title, suffix, listed, date));
      }
    }
    return clone;
  }

  /**
   * Text with the title marked as the clone's and the date moved: in an item's attributes and text.
   */
  private static String rewritten(
      String text,
      @Nullable String title,
      String suffix,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    String out = title == null || title.isBlank() ? text : text.replace(title, title + suffix);
    return from == null || to == null ? out : replaceDate(out, from, to);
  }

  /**
   * The detail page with every verbatim occurrence of its title (as extracted, as listed, and
   * HTML-escaped) marked, and its date moved.
   */
  private static String cloneDetail(Template t, String suffix, @Nullable LocalDate date) {
    List<String> titles =
        Stream.of(t.detailTitle(), t.row().item().title())
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .flatMap(s -> Stream.of(s, Entities.escape(s)))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    Pattern any =
        Pattern.compile(titles.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    String text =
        any.matcher(t.detailText()).replaceAll(m -> Matcher.quoteReplacement(m.group() + suffix));
    return t.published() == null || date == null ? text : replaceDate(text, t.published(), date);
  }

  private void checkTitleChanged(
      SourceDefinition source, Template t, String url, byte[] detail, DocumentExtractor extractor)
      throws CannotGrow {
    Document doc = extract(source, url, detail, extractor);
    if (doc == null || doc.title() == null || doc.title().equals(t.detailTitle())) {
      throw new CannotGrow(
          "the title of "
              + t.row().item().url()
              + " ("
              + t.detailTitle()
              + ") is not written verbatim in its page, so clones would repeat it");
    }
  }

  private static @Nullable Document extract(
      SourceDefinition source, String url, byte[] body, DocumentExtractor extractor) {
    return extractor
        .extract(
            new FetchedDocument(
                source.id(), url, List.of(new FetchedResponse(url, "text/html", body))))
        .document();
  }

  /**
   * A list page: page 1 as recorded with its items replaced by {@code items} (where its first item
   * stood; rows the selector matches that are no items, such as a pager, stay) and the page count
   * written into the {@code paging.pages} regex's group.
   */
  private static String page(
      SourceDefinition source,
      ListSpec list,
      org.jsoup.nodes.Document template,
      String firstUrl,
      List<Element> items,
      int pages)
      throws CannotGrow {
    org.jsoup.nodes.Document page = template.clone();
    page.outputSettings().prettyPrint(false);
    URI base = URI.create(firstUrl);
    List<Element> recorded =
        HtmlListReader.candidates(list, page).stream()
            .filter(e -> HtmlListReader.item(source, list, base, e) != null)
            .toList();
    if (recorded.isEmpty()) {
      throw new CannotGrow("page 1 shows no item to replace");
    }
    Element anchor = recorded.get(0);
    for (Element item : items) {
      anchor.before(item.clone());
    }
    recorded.forEach(Element::remove);
    String html = page.outerHtml();
    Matcher count = Pattern.compile(list.pages().substring("regex:".length())).matcher(html);
    if (!count.find() || count.group(1) == null) {
      throw new CannotGrow(
          "paging.pages " + list.pages() + " finds no page count on page 1 (" + firstUrl + ")");
    }
    return html.substring(0, count.start(1)) + pages + html.substring(count.end(1));
  }

  /** The page as the crawler's own reader sees it: exactly these items, and this page count. */
  private static void checkPage(
      SourceDefinition source,
      ListSpec list,
      String pageUrl,
      String html,
      List<String> urls,
      int pages)
      throws CannotGrow {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, pageUrl);
    URI base = URI.create(pageUrl);
    List<String> read =
        HtmlListReader.candidates(list, doc).stream()
            .map(e -> HtmlListReader.item(source, list, base, e))
            .filter(Objects::nonNull)
            .map(ListItem::url)
            .toList();
    if (!read.equals(urls)) {
      throw new CannotGrow(
          "the written page "
              + pageUrl
              + " reads as "
              + read.size()
              + " items, not the "
              + urls.size()
              + " written");
    }
    Integer count = HtmlListReader.pages(list.pages(), html);
    if (count == null || count != pages) {
      throw new CannotGrow(
          "the written page " + pageUrl + " reads as " + count + " pages, not " + pages);
    }
  }

  /**
   * {@code href} with the last digit run of its file name ending in {@code id} (its length and the
   * digits before kept).
   */
  static String withId(String href, int id) {
    int end = segmentEnd(href);
    int start = href.lastIndexOf('/', end - 1) + 1;
    Matcher m = LAST_DIGITS.matcher(href.substring(start, end));
    if (!m.find()) {
      throw new IllegalArgumentException(href + " has no digits in its file name");
    }
    String run = m.group(1);
    int width = Math.min(run.length() - 1, 6);
    String tail = String.format(Locale.ROOT, "%0" + width + "d", id);
    if (tail.length() > width) {
      throw new IllegalArgumentException(
          href + ": id " + id + " does not fit the " + width + " digits its file name can vary");
    }
    String newRun = run.substring(0, run.length() - width) + tail;
    return href.substring(0, start + m.start(1)) + newRun + href.substring(start + m.end(1));
  }

  private static int segmentEnd(String href) {
    int end = href.length();
    for (char c : new char[] {'?', '#'}) {
      int i = href.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    return end;
  }

  private static String lastSegment(String href) {
    int end = segmentEnd(href);
    return href.substring(href.lastIndexOf('/', end - 1) + 1, end);
  }

  private static String digits(String href) {
    Matcher m = LAST_DIGITS.matcher(lastSegment(href));
    return m.find() ? m.group(1) : "";
  }

  /**
   * {@code text} with {@code from} written as sites write dates (2025-03-10, 2025/3/10, 2025年3月10日)
   * moved to {@code to}, in the same form.
   */
  static String replaceDate(String text, LocalDate from, LocalDate to) {
    Pattern date =
        Pattern.compile(
            "(?<!\\d)"
                + from.getYear()
                + DATE_SEPARATOR
                + "("
                + part(from.getMonthValue())
                + ")"
                + DAY_SEPARATOR
                + "("
                + part(from.getDayOfMonth())
                + ")(?!\\d)");
    return date.matcher(text)
        .replaceAll(
            m -> {
              // 2025/3/10 is written unpadded, 2025-03-10 padded; 2025-11-20 cannot tell, and
              // padded is the common form.
              boolean pad = m.group(2).length() == 2 && m.group(4).length() == 2;
              return Matcher.quoteReplacement(
                  to.getYear()
                      + m.group(1)
                      + padded(to.getMonthValue(), pad)
                      + m.group(3)
                      + padded(to.getDayOfMonth(), pad));
            });
  }

  private static String part(int value) {
    return value < 10 ? "0?" + value : Integer.toString(value);
  }

  private static String padded(int value, boolean pad) {
    return pad && value < 10 ? "0" + value : Integer.toString(value);
  }

  private static ResponseCharsets.DecodedText decode(SourceDefinition source, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    if (source.encoding() != null) {
      // site.encoding is what the crawler decodes with too, whatever the page declares.
      return new ResponseCharsets.DecodedText(
          new String(bytes, source.encoding()), source.encoding(), ResponseCharsets.Source.HEADER);
    }
    return ResponseCharsets.decode(bytes, null);
  }

  /** Where FixtureServer finds a URL no route names: site/HOST/PATH, index.html for a folder. */
  private static String staticFile(String url) {
    URI u = URI.create(url);
    String path = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
    return "site/" + u.getRawAuthority() + path + (path.endsWith("/") ? "index.html" : "");
  }

  /**
   * Clone ids, one sequence per source so no two clones share a file, and the files they claim:
   * never one the recorded copy answers, never one claimed before.
   */
  private static final class Ids {
    private final FixtureServer copy;
    private final Set<String> claimed = new HashSet<>();
    private int last;

    Ids(FixtureServer copy) {
      this.copy = copy;
    }

    int next() {
      return ++last;
    }

    /**
     * The copy-relative file of a new detail URL, or null when the recorded copy has that page or
     * an earlier clone took it.
     */
    @Nullable String claim(String url) {
      String file = staticFile(CanonicalUrls.fetchable(url).toString());
      if (file.endsWith("/index.html") || copy.file(url).isPresent() || !claimed.add(file)) {
        return null;
      }
      return file;
    }
  }

  /**
   * The new files' routes appended to the copy's routes.json (after the recorded ones, whose paths
   * they never repeat).
   */
  private static void addRoutes(Path routesFile, List<Route> routes) {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    try {
      com.fasterxml.jackson.databind.JsonNode spec = json.readTree(routesFile.toFile());
      if (!(spec.get("routes") instanceof com.fasterxml.jackson.databind.node.ArrayNode list)) {
        throw new IllegalArgumentException(
            routesFile + ": no \"routes\" array to add the generated pages to");
      }
      for (Route r : routes) {
        com.fasterxml.jackson.databind.node.ObjectNode entry = list.addObject();
        entry
            .put("method", "GET")
            .put("host", r.host())
            .put("path", r.path())
            .put("file", r.file());
        if (r.contentType() != null) {
          entry.put("content_type", r.contentType());
        }
      }
      json.writerWithDefaultPrettyPrinter().writeValue(routesFile.toFile(), spec);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot add the generated pages to " + routesFile, e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try {
      FileSystemUtils.copyRecursively(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the recorded copy " + from + " to " + to, e);
    }
  }

  /**
   * GENERATED.md beside the copy's NOTES.md: what was grown from what, for whoever opens the
   * folder.
   */
  private void writeNote(Path out, SourceDefinition source, Outcome outcome) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ")
        .append(source.id())
        .append(" — real-size copy generated from the recorded one\n\n");
    sb.append("Written by RealSizeCopies (crawlers bench --real-size): ")
        .append(shape.pageSize())
        .append(" items a list page, ")
        .append(shape.documents())
        .append(
            " a list; clones of recorded items with new ids, titles ending in （N） and older dates.\n\n");
    outcome
        .grown()
        .forEach(
            (list, n) ->
                sb.append("- grown: ").append(list).append(", ").append(n).append(" items\n"));
    outcome
        .kept()
        .forEach(
            (list, why) ->
                sb.append("- kept as recorded: ")
                    .append(list)
                    .append(" (")
                    .append(why)
                    .append(")\n"));
    try {
      Files.writeString(
          out.resolve("GENERATED.md"), sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + out.resolve("GENERATED.md"), e);
    }
  }
}
