package com.catalysttracker.crawl;

import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * json-html lists: a JSON answer whose field ({@code items.path}, e.g. jpaas's {@code data.html})
 * is an HTML fragment, read as an html list. Links resolve against the request URL.
 */
final class FragmentListReader implements ListReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ListPage read(SourceDefinition source, ListSpec list, FetchResult page) {
    String raw =
        page.text() == null ? new String(page.body(), StandardCharsets.UTF_8) : page.text();
    JsonNode root;
    try {
      root = JSON.readTree(raw);
    } catch (IOException e) {
      throw new ListReader.ListFormatException(
          page.url() + ": the list answer is not JSON (" + e.getMessage() + ")");
    }
    String path = Objects.requireNonNull(list.items().fragment(), "items.path");
    String fragment =
        root == null
            ? ""
            : JsonListReader.select(root, path).stream()
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse("");
    FetchResult html =
        new FetchResult(
            page.url(),
            page.finalUrl(),
            page.status(),
            page.headers(),
            page.body(),
            new ResponseCharsets.DecodedText(
                fragment, StandardCharsets.UTF_8, ResponseCharsets.Source.VALID_UTF8),
            "text/html",
            page.validators(),
            page.fetchedAt(),
            page.elapsed(),
            page.attempts());
    ListPage items = new HtmlListReader().read(source, list, html);
    // The page count, if any, is read from the whole answer (a pagination element or a JSON field).
    return new ListPage(items.items(), HtmlListReader.pages(list.pages(), raw));
  }
}
