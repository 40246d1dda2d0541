package com.catalysttracker.crawl;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.SeenAt;
import com.catalysttracker.extract.DocumentExtractor;
import com.catalysttracker.extract.Extraction;
import com.catalysttracker.extract.FetchedDocument;
import com.catalysttracker.extract.FetchedResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The "parse" of issue #4's "fetch + parse": reads each response of a document into its tree (HTML
 * with jsoup, reusing the page the crawler already parsed; JSON with Jackson; PDFs stay bytes) and
 * returns a document carrying only stand-ins (the URL as title, String.hashCode for id and content
 * hash: the real ones come from extraction's fields and cleaned text), so the crawl goes on exactly
 * as with the real extractor (state, follow links) without detail extraction and enrichment, which
 * issue #6 measures on its own ({@code extract bench}). Used by {@code crawlers bench} only.
 */
final class PageParseExtractor implements DocumentExtractor {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tree nodes read so far (HTML child nodes, JSON members), so the JIT cannot drop the parses. */
  private long nodes;

  @Override
  public Extraction extract(FetchedDocument fetched) {
    String first = null;
    for (FetchedResponse response : fetched.responses()) {
      String text =
          response.decoded() != null
              ? response.decoded().text()
              : ResponseCharsets.isTextual(response.contentType())
                  ? ResponseCharsets.decode(response.body(), response.contentType()).text()
                  : null;
      if (text == null) {
        continue; // a PDF or other binary answer: its text is extraction's business
      }
      first = first == null ? text : first;
      if (response.isJson()) {
        try {
          nodes += JSON.readTree(text).size();
        } catch (JsonProcessingException e) {
          nodes++; // not JSON after all; the real extractor would report it
        }
        continue;
      }
      org.jsoup.nodes.Document page =
          response.page() != null ? response.page() : Jsoup.parse(text, fetched.canonicalUrl());
      nodes += page.childNodeSize();
    }
    String url = fetched.canonicalUrl();
    // Stand-ins where the real values are extraction's work: the URL as id source and title.
    Document document =
        new Document(
            Integer.toHexString(url.hashCode()),
            fetched.source(),
            url,
            List.of(new SeenAt(fetched.source(), url)),
            url,
            DocType.OTHER,
            null,
            null,
            IssuerLevel.UNKNOWN,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            List.of(),
            "",
            Integer.toHexString((first == null ? url : first).hashCode()),
            null,
            List.of());
    return new Extraction(document, List.of(), List.of());
  }

  long nodes() {
    return nodes;
  }
}
