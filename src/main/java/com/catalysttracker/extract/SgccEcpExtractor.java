package com.catalysttracker.extract;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Winner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * State Grid's ECP 2.0 (sgcc-ecp): the document is the JSON answer of its WCM API ({@code
 * getNoticeBid}, {@code getChangeBid}, {@code getNoticeWaste}, {@code getNoticeWin}), possibly
 * followed by the {@code getWinFile} answer and a PDF. The canonical URL is the portal's {@code
 * #/doc/{doctype}/{noticeId}_{menuId}} route, which tells the doc_type: the menu separates 候选人公示
 * from 结果公告. The field mapping is fixture NOTES' "Where each field comes from".
 */
public final class SgccEcpExtractor implements DocumentExtractor {

  /** The 推荐中标候选人公示 menu; every other menu's doci-win is a result. */
  static final String CANDIDATE_MENU = "2018060501171107";

  private static final Pattern ROUTE = Pattern.compile("#/doc/([a-z-]+)/(\\d+)_(\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentAssembler assembler;

  public SgccEcpExtractor(ReferenceData reference) {
    this.assembler = new DocumentAssembler(reference);
  }

  @Override
  public Extraction extract(FetchedDocument fetched) {
    List<String> notes = new ArrayList<>();
    Matcher route = ROUTE.matcher(fetched.canonicalUrl());
    String doctype = route.find() ? route.group(1) : "";
    String menu = route.groupCount() >= 3 && !doctype.isEmpty() ? route.group(3) : "";
    JsonNode value = null;
    for (FetchedResponse r : fetched.responses()) {
      JsonNode rv = resultValue(r);
      if (rv != null && (rv.has("notice") || rv.has("chgNotice") || rv.has("wastenotice"))) {
        value = rv;
        break;
      }
    }
    if (value == null) {
      return new Extraction(
          null,
          List.of("title", "published"),
          List.of("no notice answer among the responses of " + fetched.canonicalUrl()));
    }
    DocumentAssembler.Fields f = new DocumentAssembler.Fields();
    JsonNode notice = value.path("notice");
    switch (doctype) {
      case "doci-change", "doci-delay" -> {
        JsonNode change =
            value.has("chgNotice") ? value.path("chgNotice") : value.path("delaynotice");
        JsonNode original = value.has("origNotice") ? value.path("origNotice") : notice;
        fill(f, change, "PURPRJ_NAME", "PUB_TIME", "BID_ORG", "BID_AGT");
        f.projectName = text(original, "PURPRJ_NAME");
        f.text = html(text(change, "CHG_NOTICE_CONT"));
        f.docType = DocType.CORRECTION;
      }
      case "doci-waste" -> {
        JsonNode waste = value.path("wastenotice");
        fill(f, waste, "TITLE", "PUB_TIME", "BID_ORG", "BID_AGT");
        f.projectName =
            Optional.ofNullable(text(notice, "PURPRJ_NAME")).orElse(text(waste, "PURPRJ_NAME"));
        f.text = html(text(waste, "WASTE_NOTICE_CONT"));
        f.docType = DocType.TERMINATION;
      }
      case "doci-win" -> {
        fill(f, notice, "TITLE", "PUB_TIME", "bidOrgName", "bidagtName");
        if (f.published == null) {
          f.published = date(text(notice, "UPD_TIME"));
          notes.add("PUB_TIME empty; published taken from UPD_TIME");
        }
        f.projectName = text(notice, "PURPRJ_NAME");
        String cont = Optional.ofNullable(text(notice, "CONT")).orElse("");
        Element content = Jsoup.parseBodyFragment(cont).body();
        f.text = FieldSelector.pageText(content);
        f.projectCode = ProjectCodeParser.find(f.text).orElse(null);
        boolean candidates = CANDIDATE_MENU.equals(menu);
        f.winners = winners(content, candidates);
        f.docType = candidates ? DocType.AWARD_CANDIDATE : DocType.AWARD_RESULT;
        for (FetchedResponse pdf :
            fetched.responses().stream().filter(FetchedResponse::isPdf).toList()) {
          // PDF-only 公示: CONT says 详见附件 and the facts are in the PDF's text.
          try {
            String pdfText = PdfText.of(pdf.body(), pdf.url());
            f.text = f.text + "\n" + pdfText;
            if (f.winners.isEmpty()) {
              f.winners = TextWinners.find(pdfText, candidates);
            }
            if (f.projectCode == null) {
              f.projectCode = ProjectCodeParser.find(pdfText).orElse(null);
            }
          } catch (IOException e) {
            notes.add(e.getMessage());
          }
        }
        if (candidates
            && !f.winners.isEmpty()
            && f.winners.stream().allMatch(w -> w.amountYuan() != null)) {
          f.amount =
              f.winners.stream().map(Winner::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
      }
      default -> {
        fill(f, notice, "PURPRJ_NAME", "PUB_TIME", "BID_ORG", "BID_AGT");
        f.projectName = text(notice, "PURPRJ_NAME");
        f.text = html(text(notice, "PRJ_INTRODUCE"));
        f.budget = AmountFinder.inText(f.text).budget().orElse(null);
        f.docType =
            "doci-bid".equals(doctype)
                ? DocType.TENDER_NOTICE
                : DocTypeClassifier.standard().classify(SourceKind.PROCUREMENT, f.title);
      }
    }
    if (f.projectCode == null) {
      JsonNode codeSource =
          value.has("chgNotice")
              ? value.path("chgNotice")
              : value.has("wastenotice") ? value.path("wastenotice") : notice;
      f.projectCode = text(codeSource, "PURPRJ_CODE");
    }
    List<String> missing = new ArrayList<>();
    if (f.title.isBlank()) {
      missing.add("title");
    }
    if (f.published == null) {
      missing.add("published");
    }
    return new Extraction(
        f.title.isBlank()
            ? null
            : assembler.assemble(
                fetched.source(), fetched.canonicalUrl(), SourceKind.PROCUREMENT, f),
        missing,
        notes);
  }

  private static void fill(
      DocumentAssembler.Fields f,
      JsonNode node,
      String title,
      String published,
      String issuer,
      String agency) {
    f.title = Optional.ofNullable(text(node, title)).orElse("");
    f.published = date(text(node, published));
    f.issuer = text(node, issuer);
    f.agency = text(node, agency);
  }

  /**
   * Rank-1 candidates (with their bid) or the named winners of a results table; 流标 rows ("/") are
   * none.
   */
  static List<Winner> winners(Element content, boolean candidates) {
    List<Winner> out = new ArrayList<>();
    for (Element table : content.select("table")) {
      Elements rows = table.select("tr");
      if (rows.isEmpty()) {
        continue;
      }
      List<String> header = rows.get(0).select("td, th").eachText();
      int name = indexOf(header, candidates ? "候选人" : "中标人");
      int rank = indexOf(header, "排序");
      int price = indexOf(header, "投标报价");
      if (name < 0) {
        continue;
      }
      boolean tenThousands = table.text().contains("万元");
      for (Element row : rows.subList(1, rows.size())) {
        List<String> cells = row.select("td, th").eachText();
        if (cells.size() != rows.get(rows.size() - 1).select("td, th").size()
            || cells.size() <= name) {
          continue; // the second header row of a candidates table
        }
        String who = cells.get(name).strip();
        if (who.isEmpty()
            || who.equals("/")
            || (candidates
                && rank >= 0
                && rank < cells.size()
                && !cells.get(rank).strip().equals("1"))) {
          continue;
        }
        BigDecimal amount = null;
        if (price >= 0 && price < cells.size()) {
          amount = number(cells.get(price));
          if (amount != null && tenThousands) {
            amount = amount.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros();
          }
        }
        out.add(new Winner(who, amount, null));
      }
    }
    return out;
  }

  private static int indexOf(List<String> header, String word) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).contains(word)) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable BigDecimal number(String cell) {
    String digits = cell.replace(",", "").strip();
    try {
      return digits.isEmpty() ? null : new BigDecimal(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable JsonNode resultValue(FetchedResponse r) {
    if (!r.isJson()) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(r.body());
      JsonNode rv = root == null ? null : root.get("resultValue");
      return rv != null && rv.isObject() ? rv : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String html(@Nullable String value) {
    return value == null ? "" : FieldSelector.pageText(Jsoup.parseBodyFragment(value).body());
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    return value == null ? null : PublishedDateParser.parse(value).orElse(null);
  }
}
