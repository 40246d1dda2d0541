package com.catalysttracker.extract;

import com.catalysttracker.crawl.ResponseCharsets;
import com.catalysttracker.document.Attachment;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Extracts an HTML detail page with a source's selectors ({@code detail:} in its definition): each
 * field from the first selector that yields a value, then the shared text parsers for what
 * selectors leave open (dates, 文号, project codes, money) and the reference data for issuer level,
 * region and listed winners.
 */
public final class HtmlDocumentExtractor implements DocumentExtractor {
  // Queries parsed once: Element.select(String) parses its query on every call.
  private static final org.jsoup.select.Evaluator LINE_ELEMENTS =
      org.jsoup.select.QueryParser.parse("p, li, h1, h2, h3, h4, h5, h6");
  private static final org.jsoup.select.Evaluator ROWS = org.jsoup.select.QueryParser.parse("tr");
  private static final org.jsoup.select.Evaluator TABLES =
      org.jsoup.select.QueryParser.parse("table");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

  private final SourceKind kind;
  private final DetailSelectors selectors;
  private final @Nullable Charset encoding;
  private final DocumentAssembler assembler;

  /**
   * @param encoding the charset to decode pages with, or null to detect it (header, meta, bytes)
   */
  public HtmlDocumentExtractor(
      SourceKind kind,
      DetailSelectors selectors,
      @Nullable Charset encoding,
      ReferenceData reference) {
    this.kind = kind;
    this.selectors = selectors;
    this.encoding = encoding;
    this.assembler = new DocumentAssembler(reference);
  }

  @Override
  public Extraction extract(FetchedDocument fetched) {
    FetchedResponse main = fetched.responses().get(0);
    List<String> notes = new ArrayList<>();
    org.jsoup.nodes.Document page;
    if (main.page() != null
        && reusable(main.decoded())
        && fetched.canonicalUrl().equals(main.page().location())) {
      page = main.page(); // the crawler parsed this very text already (detail.follow)
    } else {
      page = Jsoup.parse(decode(main, notes), fetched.canonicalUrl());
    }
    String pageText = FieldSelector.pageText(page);
    Page p = new Page(page, pageText, new FieldSelector.Cells(page));
    List<String> missing = new ArrayList<>();

    DocumentAssembler.Fields f = new DocumentAssembler.Fields();
    f.title = first(DetailField.TITLE, p, null).orElse("");
    Element body = bodyOf(page);
    f.text = body == null ? pageText : FieldSelector.pageText(body);
    f.published = published(p, fetched.canonicalUrl(), notes);
    f.issuer = first(DetailField.ISSUER, p, f.title).map(this::issuers).orElse(null);
    if (f.issuer != null && body != null && JointIssuers.standsForSeveral(f.issuer)) {
      String titled = f.issuer;
      f.issuer = JointIssuers.signers(body, JointIssuers.lead(titled)).orElse(titled);
    }
    f.agency = first(DetailField.AGENCY, p, f.title).orElse(null);
    f.statedRegion = first(DetailField.REGION, p, f.title).orElse(null);
    f.projectName = first(DetailField.PROJECT_NAME, p, f.title).orElse(null);
    f.projectCode =
        first(DetailField.PROJECT_CODE, p, f.title)
            .or(
                () ->
                    kind == SourceKind.PROCUREMENT
                        ? ProjectCodeParser.find(f.text)
                        : Optional.empty())
            .orElse(null);
    f.docNumber = docNumber(p, f.title, f.text);
    String context = String.join(" ", all(DetailField.DOC_TYPE_CONTEXT, p, f.title));
    f.docType = DocTypeClassifier.standard().classify(kind, f.title, context);
    if (f.docType == DocType.POLICY_INTERPRETATION) {
      // An interpretation has no 文号 of its own: a number on its page is the policy's it explains.
      f.docNumber = null;
    }
    if (kind == SourceKind.PROCUREMENT) {
      Element money = new Element("div");
      for (FieldSelector s : selectors.of(DetailField.TABLES)) {
        s.elements(page).forEach(e -> money.appendChild(e.clone()));
      }
      money.appendChild(body == null ? page.body().clone() : body.clone());
      // money holds clones only, so AmountFinder may take its tables apart without a copy of its
      // own.
      Amounts amounts = AmountFinder.inOwnedHtml(money);
      f.budget = amounts.budget().orElse(null);
      f.amount = amounts.award().orElse(null);
      f.winnerNames = new ArrayList<>(new LinkedHashSet<>(all(DetailField.WINNERS, p, f.title)));
      if (f.docType == DocType.AWARD_CANDIDATE
          || f.docType == DocType.AWARD_RESULT
          || f.docType == DocType.CONTRACT) {
        winnersWithAmounts(body == null ? page.body() : body, f);
      }
    }
    f.attachments = attachments(page);

    if (f.title.isBlank()) {
      missing.add(DetailField.TITLE.key());
    }
    for (DetailField field : selectors.required()) {
      if (field != DetailField.TITLE && isEmpty(field, f)) {
        missing.add(field.key());
      }
    }
    Document document =
        f.title.isBlank()
            ? null
            : assembler.assemble(fetched.source(), fetched.canonicalUrl(), kind, f);
    return new Extraction(document, missing, notes);
  }

  /**
   * The page in the definition's encoding. A page with many bytes invalid in it was saved or sent
   * in another encoding, and decoding it anyway would turn its Chinese into garbage, so it is read
   * as the crawler reads an undeclared page instead; a stray invalid byte or two keeps the forced
   * one.
   */
  private String decode(FetchedResponse response, List<String> notes) {
    if (reusable(response.decoded())) {
      return response.decoded().text(); // the crawler decoded these bytes already
    }
    byte[] body = response.body();
    if (encoding == null) {
      return ResponseCharsets.decode(body, response.contentType()).text();
    }
    if (encoding.equals(StandardCharsets.UTF_8)) {
      // The JDK's lenient UTF-8 decoding is several times faster than a strict CharsetDecoder and
      // gives the same text whenever it put no U+FFFD in: malformed input always shows as one.
      String lenient = new String(body, StandardCharsets.UTF_8);
      if (lenient.indexOf('\uFFFD') < 0) {
        return lenient;
      }
    }
    Optional<String> strict = ResponseCharsets.decodeStrictly(body, encoding);
    if (strict.isPresent()) {
      return strict.get();
    }
    String lenient = new String(body, encoding);
    long invalid = lenient.chars().filter(c -> c == '\uFFFD').count();
    if (invalid * 100 <= lenient.length()) {
      notes.add(
          response.url()
              + ": "
              + invalid
              + " bytes are not valid "
              + encoding.name()
              + " and show as \uFFFD");
      return lenient;
    }
    ResponseCharsets.DecodedText detected = ResponseCharsets.decode(body, response.contentType());
    notes.add(
        response.url()
            + " is not "
            + encoding.name()
            + " (the encoding the definition forces: "
            + invalid
            + " invalid sequences); read as "
            + detected.charset().name()
            + " instead");
    return detected.text();
  }

  /**
   * Whether the crawler's decoding is the one {@link #decode} would make: always when the encoding
   * is detected (same rules); with a forced encoding, when detection chose that very charset by a
   * strict decoding of the whole body (a BOM or a lenient fallback may differ from it).
   */
  private boolean reusable(ResponseCharsets.@Nullable DecodedText decoded) {
    if (decoded == null) {
      return false;
    }
    if (encoding == null) {
      return true;
    }
    return switch (decoded.source()) {
      case VALID_UTF8, HEADER, META -> decoded.charset().equals(encoding);
      // GB18030 is also the lenient last resort, whose text carries U+FFFD for the bytes it lost.
      case GB18030_FALLBACK ->
          decoded.charset().equals(encoding) && decoded.text().indexOf('\uFFFD') < 0;
      case BOM, MOSTLY_UTF8 -> false;
    };
  }

  /**
   * Winners with their prices from a winners/candidates table, else from labelled lines (中标人：X /
   * 中标价：…, also a label/value table's rows, as contract notices print them); a candidates notice's
   * amount is the sum of the first-ranked bids.
   */
  private static void winnersWithAmounts(Element body, DocumentAssembler.Fields f) {
    boolean candidates = f.docType == DocType.AWARD_CANDIDATE;
    List<Winner> inTables = TableWinners.find(body, candidates);
    List<Winner> found =
        !inTables.isEmpty() ? inTables : TextWinners.find(labelledLines(body), candidates);
    if (found.isEmpty()) {
      return;
    }
    if (found.size() == 1 && found.get(0).amountYuan() == null && f.amount != null) {
      // One winner and no price beside the name: the notice's award (or contract) amount is what it
      // won.
      found = List.of(new Winner(found.get(0).name(), f.amount, found.get(0).listed()));
    }
    List<Winner> winners = found;
    f.winners = new ArrayList<>(winners);
    f.winnerNames.removeIf(
        name -> winners.stream().anyMatch(w -> w.name().contains(name) || name.contains(w.name())));
    if ((f.amount == null || candidates)
        && winners.stream().allMatch(w -> w.amountYuan() != null)) {
      f.amount = winners.stream().map(Winner::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * Text lines of paragraphs and headings, then table rows: a one-cell row as its text (ccgp's
   * per-lot 供应商名称：X rows), a two-cell row as {@code label：value} (contract notices).
   */
  private static String labelledLines(Element body) {
    List<String> lines = new ArrayList<>(body.select(LINE_ELEMENTS).eachText());
    for (Element row : body.select(ROWS)) {
      List<Element> cells =
          row.children().stream()
              .filter(c -> c.tagName().equals("td") || c.tagName().equals("th"))
              .toList();
      if (cells.size() != row.children().size() || !row.select(TABLES).isEmpty()) {
        continue;
      }
      if (cells.size() == 1) {
        lines.add(cells.get(0).text());
      } else if (cells.size() == 2) {
        lines.add(cells.get(0).text() + "：" + cells.get(1).text());
      }
    }
    return String.join("\n", lines);
  }

  private @Nullable LocalDate published(Page page, String url, List<String> notes) {
    for (String value : all(DetailField.PUBLISHED, page, null)) {
      Optional<LocalDate> date = PublishedDateParser.parse(value);
      if (date.isPresent()) {
        return date.get();
      }
    }
    if (!selectors.of(DetailField.PUBLISHED).isEmpty()) {
      notes.add("no published selector matched; date read from the page text by its labels");
    }
    Optional<LocalDate> labelled = PublishedDateParser.published(page.text());
    if (labelled.isPresent()) {
      return labelled.get();
    }
    Optional<LocalDate> fromUrl = PublishedDateParser.fromUrl(url);
    fromUrl.ifPresent(d -> notes.add("published taken from the URL's date path"));
    return fromUrl.orElse(null);
  }

  private @Nullable String docNumber(Page page, String title, String text) {
    List<FieldSelector> configured = selectors.of(DetailField.DOC_NUMBER);
    if (!configured.isEmpty()) {
      for (String value : all(DetailField.DOC_NUMBER, page, title)) {
        Optional<String> parsed = DocNumberParser.parse(value);
        if (parsed.isPresent()) {
          return parsed.get();
        }
      }
      return kind == SourceKind.POLICY ? titledByItsNumber(title) : null;
    }
    return kind == SourceKind.POLICY
        ? DocNumberParser.fromPage(text).orElseGet(() -> titledByItsNumber(title))
        : null;
  }

  /**
   * The 文号 when the title is nothing but one (工业和信息化部公告2024年第16号: 公告 and 令 are titled by their
   * number, which the body then does not repeat). Only the whole title counts: a title that cites a
   * number (关于废止…（国发〔2020〕1号）的决定) names another document's.
   */
  static @Nullable String titledByItsNumber(String title) {
    String normalized = TextNormalizer.normalize(title).replace(" ", "").strip();
    return DocNumberParser.parse(title)
        .filter(number -> number.replace(" ", "").equals(normalized))
        .orElse(null);
  }

  private @Nullable Element bodyOf(org.jsoup.nodes.Document page) {
    for (FieldSelector s : selectors.of(DetailField.BODY)) {
      Element found = s.firstElement(page);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private List<Attachment> attachments(org.jsoup.nodes.Document page) {
    Set<String> seen = new LinkedHashSet<>();
    List<Attachment> out = new ArrayList<>();
    for (FieldSelector s : selectors.of(DetailField.ATTACHMENTS)) {
      for (Element a : s.elements(page)) {
        String url = a.absUrl("href");
        if (!url.isEmpty() && seen.add(url)) {
          out.add(new Attachment(a.text().strip(), url));
        }
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private String issuers(String value) {
    if (!selectors.joinIssuers()) {
      return value;
    }
    return String.join("、", WHITESPACE.split(value.strip()));
  }

  private Optional<String> first(DetailField field, Page page, @Nullable String title) {
    for (FieldSelector s : selectors.of(field)) {
      Optional<String> value = s.firstValue(page.root(), page.text(), title, page.cells());
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** The values of the first selector that yields any (multi-valued fields: winners, context). */
  private List<String> all(DetailField field, Page page, @Nullable String title) {
    for (FieldSelector s : selectors.of(field)) {
      List<String> values = s.values(page.root(), page.text(), title, page.cells());
      if (!values.isEmpty()) {
        return values;
      }
    }
    return List.of();
  }

  /** The parsed page, its text as regexes see it, and its label cells indexed once. */
  private record Page(org.jsoup.nodes.Document root, String text, FieldSelector.Cells cells) {}

  private static boolean isEmpty(DetailField field, DocumentAssembler.Fields f) {
    return switch (field) {
      case PUBLISHED -> f.published == null;
      case ISSUER -> f.issuer == null || f.issuer.isBlank();
      case DOC_NUMBER -> f.docNumber == null;
      case PROJECT_CODE -> f.projectCode == null;
      case PROJECT_NAME -> f.projectName == null;
      case AGENCY -> f.agency == null;
      case BODY -> f.text.isBlank();
      case WINNERS -> f.winnerNames.isEmpty();
      default -> false;
    };
  }
}
