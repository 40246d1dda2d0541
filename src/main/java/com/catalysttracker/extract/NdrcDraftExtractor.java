package com.catalysttracker.extract;

import com.catalysttracker.document.Attachment;
import com.catalysttracker.document.DocType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * NDRC: pages go to the site's HTML selectors; a 意见征求 draft is the {@code getArticleDetail} answer
 * ({@code data.articleTitle} with a stray {@code <BR>}, {@code articleContent} HTML, {@code
 * publishDate}). The issuer is the title's prefix before 关于 ({@code articleSource} is only the 承办
 * unit); drafts carry no 文号.
 */
final class NdrcDraftExtractor implements DocumentExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DocumentExtractor pages;
  private final DocumentAssembler assembler;

  NdrcDraftExtractor(DocumentExtractor pages, ReferenceData reference) {
    this.pages = pages;
    this.assembler = new DocumentAssembler(reference);
  }

  @Override
  public Extraction extract(FetchedDocument fetched) {
    FetchedResponse last = fetched.responses().get(fetched.responses().size() - 1);
    if (!last.isJson()) {
      return pages.extract(fetched);
    }
    JsonNode data;
    try {
      JsonNode root = JSON.readTree(last.body());
      data = root == null ? JSON.createObjectNode() : root.path("data");
    } catch (IOException e) {
      return new Extraction(
          null,
          List.of("title", "published"),
          List.of(last.url() + " is not JSON: " + e.getMessage()));
    }
    DocumentAssembler.Fields f = new DocumentAssembler.Fields();
    f.title = data.path("articleTitle").asText("").replaceAll("(?i)<br\\s*/?>", "").strip();
    f.published = PublishedDateParser.parse(data.path("publishDate").asText("")).orElse(null);
    int about = f.title.indexOf("关于");
    f.issuer =
        about > 0 ? String.join("、", f.title.substring(0, about).strip().split("\\s+")) : null;
    Element content =
        Jsoup.parseBodyFragment(data.path("articleContent").asText(""), last.url()).body();
    f.text = FieldSelector.pageText(content);
    List<Attachment> attachments = new ArrayList<>();
    for (Element a : content.select("a[href]")) {
      attachments.add(new Attachment(a.text().strip(), a.absUrl("href")));
    }
    f.attachments = attachments;
    f.docType = DocType.POLICY_DRAFT;
    List<String> missing = new ArrayList<>();
    if (f.title.isEmpty()) {
      missing.add("title");
    }
    if (f.published == null) {
      missing.add("published");
    }
    return new Extraction(
        f.title.isEmpty()
            ? null
            : assembler.assemble(fetched.source(), fetched.canonicalUrl(), SourceKind.POLICY, f),
        missing,
        List.of());
  }
}
