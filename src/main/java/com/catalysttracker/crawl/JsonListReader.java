package com.catalysttracker.crawl;

import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON lists (feeds and APIs): items at a dotted path ({@code *} for every element or key), each
 * field by path, the link possibly a template ({@code
 * …#/doc/{doctype}/{noticeId}_{firstPageMenuId}}). Numbers are read as written, so 16-digit ids
 * stay exact.
 */
final class JsonListReader implements ListReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_.$]+)}");

  @Override
  public ListPage read(SourceDefinition source, ListSpec list, FetchResult page) {
    JsonNode root;
    try {
      root =
          JSON.readTree(
              page.text() == null
                  ? new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)
                  : page.text());
    } catch (IOException e) {
      throw new ListReader.ListFormatException(
          page.url() + ": the list answer is not JSON (" + e.getMessage() + ")");
    }
    if (root == null) {
      throw new ListReader.ListFormatException(page.url() + ": the list answer is empty");
    }
    List<ListItem> items = new ArrayList<>();
    for (JsonNode item : select(root, list.items().select())) {
      String link = first(item, list.items().link());
      String url = link == null ? null : CanonicalUrls.canonical(source, page.finalUrl(), link);
      if (url != null) {
        items.add(
            new ListItem(url, first(item, list.items().title()), first(item, list.items().date())));
      }
    }
    Integer pages = null;
    if (list.pages() != null && !list.pages().startsWith("regex:")) {
      pages = number(root, list.pages());
    } else if (list.pages() != null) {
      pages = HtmlListReader.pages(list.pages(), page.text() == null ? "" : page.text());
    }
    if (list.total() != null && list.pageSize() > 0) {
      Integer total = number(root, list.total());
      if (total != null) {
        pages = (total + list.pageSize() - 1) / list.pageSize();
      }
    }
    return new ListPage(items, pages);
  }

  /** Every node at a dotted path; {@code *} fans out over array elements and object values. */
  static List<JsonNode> select(JsonNode root, String path) {
    List<JsonNode> current = List.of(root);
    for (String part : path.split("\\.")) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        if (part.equals("*")) {
          for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            next.add(it.next());
          }
        } else if (node.has(part)) {
          next.add(node.get(part));
        }
      }
      current = next;
    }
    return current.stream().filter(n -> !n.isNull() && !n.isMissingNode()).toList();
  }

  private static @Nullable String first(JsonNode item, List<String> specs) {
    for (String spec : specs) {
      String value = spec.contains("{") ? template(item, spec) : scalar(select(item, spec));
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static @Nullable String template(JsonNode item, String template) {
    Matcher m = FIELD.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = scalar(select(item, m.group(1)));
      if (value == null || value.isBlank()) {
        return null;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static @Nullable String scalar(List<JsonNode> nodes) {
    for (JsonNode n : nodes) {
      if (n.isValueNode()) {
        // Strip <em> highlighting the search API puts around the keyword.
        return n.asText().replaceAll("</?em>", "");
      }
    }
    return null;
  }

  private static @Nullable Integer number(JsonNode root, String path) {
    for (JsonNode n : select(root, path)) {
      if (n.isNumber()) {
        return n.intValue();
      }
      if (n.isTextual() && n.asText().strip().matches("\\d+")) {
        return Integer.parseInt(n.asText().strip());
      }
    }
    return null;
  }
}
