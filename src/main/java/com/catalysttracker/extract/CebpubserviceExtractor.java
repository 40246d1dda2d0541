package com.catalysttracker.extract;

import com.catalysttracker.document.Attachment;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Winner;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * 中国招标投标公共服务平台 (cebpubservice): the detail API's decrypted JSON gives title, date, project code and
 * name and the agency; everything else (招标人, 控制价, 中标人, 报价) is printed only in the notice's PDF,
 * whose text goes through the same parsers as an HTML page's.
 */
public final class CebpubserviceExtractor implements DocumentExtractor {

  // The label lines at the foot of a notice (招标人：X); prose (招标人为X) wraps across PDF lines.
  private static final Pattern ISSUER =
      Pattern.compile("(?m)^\\s*(?:招标人|采购人|项目业主)\\s*[:：]\\s*([^\\s,，;；。]+)");

  private final DocumentAssembler assembler;

  public CebpubserviceExtractor(ReferenceData reference) {
    this.assembler = new DocumentAssembler(reference);
  }

  @Override
  public Extraction extract(FetchedDocument fetched) {
    List<String> notes = new ArrayList<>();
    FetchedResponse api = fetched.responses().get(0);
    JsonNode data;
    try {
      data = CtbpspCipher.decrypt(api.body(), api.url()).path("data");
    } catch (IllegalArgumentException e) {
      return new Extraction(null, List.of("title", "published"), List.of(e.getMessage()));
    }
    DocumentAssembler.Fields f = new DocumentAssembler.Fields();
    f.title = text(data, "bulletinName");
    f.published = date(text(data, "noticeSendTime"));
    f.projectCode = blankToNull(text(data, "tenderProjectCode"));
    f.projectName = blankToNull(text(data, "tenderProjectName"));
    f.agency = blankToNull(text(data, "tenderAgency"));
    f.docType =
        DocTypeClassifier.standard()
            .classify(SourceKind.PROCUREMENT, f.title, text(data, "bulletinTypeName"));
    String pdfText = "";
    for (FetchedResponse r : fetched.responses().subList(1, fetched.responses().size())) {
      if (!r.isPdf()) {
        continue;
      }
      f.attachments.add(new Attachment(f.title + ".pdf", r.url()));
      try {
        pdfText = PdfText.of(r.body(), r.url());
      } catch (IOException e) {
        notes.add(e.getMessage());
      }
    }
    if (pdfText.isEmpty()) {
      notes.add(fetched.canonicalUrl() + ": no PDF text; only the API's fields are known");
    }
    f.text = pdfText;
    Matcher issuer = ISSUER.matcher(TextNormalizer.normalize(pdfText));
    if (issuer.find()) {
      f.issuer = issuer.group(1);
    }
    if (f.projectCode == null) {
      f.projectCode = ProjectCodeParser.find(pdfText).orElse(null);
    }
    Amounts amounts = AmountFinder.inText(pdfText);
    f.budget = amounts.budget().orElse(null);
    if (f.docType == DocType.AWARD_CANDIDATE || f.docType == DocType.AWARD_RESULT) {
      f.winners = new ArrayList<>(TextWinners.find(pdfText, f.docType == DocType.AWARD_CANDIDATE));
      if (!f.winners.isEmpty() && f.winners.stream().allMatch(w -> w.amountYuan() != null)) {
        f.amount =
            f.winners.stream().map(Winner::amountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
      } else {
        f.amount = amounts.award().orElse(null);
      }
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

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }

  private static @Nullable String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  private static @Nullable LocalDate date(String value) {
    return value.isEmpty() ? null : PublishedDateParser.parse(value).orElse(null);
  }
}
