package com.catalysttracker.crawl;

import com.catalysttracker.extract.FieldSelector;
import com.catalysttracker.source.ItemSpec;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * HTML lists: one element per item ({@code items.select}), its link, title and date by selectors.
 */
final class HtmlListReader implements ListReader {

  // Selectors and page-count patterns compiled once per definition (keyed by value, so a reloaded
  // definition that did not change reuses them): parsing them per page showed in crawl profiles.
  private static final Map<ItemSpec, Compiled> COMPILED = new ConcurrentHashMap<>();
  private static final Map<String, Pattern> PAGE_PATTERNS = new ConcurrentHashMap<>();

  /** An item spec's selectors, parsed. */
  private record Compiled(
      Evaluator items,
      List<FieldSelector> link,
      List<FieldSelector> title,
      List<FieldSelector> date,
      boolean linkReadsHtml,
      boolean fieldsReadText) {
    static Compiled of(ItemSpec spec) {
      List<FieldSelector> link = selectors(spec.link());
      List<FieldSelector> title = selectors(spec.title());
      List<FieldSelector> date = selectors(spec.date());
      return new Compiled(
          QueryParser.parse(spec.select()),
          link,
          title,
          date,
          readsText(link),
          readsText(title) || readsText(date));
    }

    /**
     * Only regex: selectors read the text they are given; an item's HTML or text is built for them
     * alone (crawl profile).
     */
    private static boolean readsText(List<FieldSelector> selectors) {
      return selectors.stream().anyMatch(s -> s.kind() == FieldSelector.Kind.REGEX);
    }
  }

  @Override
  public ListPage read(SourceDefinition source, ListSpec list, FetchResult page) {
    String text = page.text() == null ? "" : page.text();
    Document doc = Jsoup.parse(text, page.finalUrl().toString());
    List<ListItem> items = new ArrayList<>();
    Compiled compiled = COMPILED.computeIfAbsent(list.items(), Compiled::of);
    for (Element element : doc.select(compiled.items())) {
      ListItem item = item(source, list, page.finalUrl(), element, compiled);
      if (item != null) {
        items.add(item);
      }
    }
    return new ListPage(items, pages(list.pages(), text));
  }

  /**
   * The elements of a parsed list page that {@code items.select} matches (items, and rows such as a
   * pager that are not).
   */
  static List<Element> candidates(ListSpec list, Document doc) {
    return doc.select(COMPILED.computeIfAbsent(list.items(), Compiled::of).items());
  }

  /**
   * The item one candidate element stands for, or null when it has no link (a pager row the
   * selector matches too).
   */
  static @Nullable ListItem item(
      SourceDefinition source, ListSpec list, URI base, Element element) {
    return item(source, list, base, element, COMPILED.computeIfAbsent(list.items(), Compiled::of));
  }

  private static @Nullable ListItem item(
      SourceDefinition source, ListSpec list, URI base, Element element, Compiled compiled) {
    String itemText = compiled.fieldsReadText() ? FieldSelector.pageText(element) : "";
    // A link lives in an attribute: a regex: link reads the item's HTML (javascript:urlOpen('…')).
    String href =
        first(compiled.link(), element, compiled.linkReadsHtml() ? element.outerHtml() : "");
    String linkTemplate = list.items().linkTemplate();
    if (href != null && linkTemplate != null) {
      href = linkTemplate.replace("{link}", href);
    }
    String url = href == null ? null : CanonicalUrls.canonical(source, base, href);
    return url == null
        ? null
        : new ListItem(
            url,
            first(compiled.title(), element, itemText),
            first(compiled.date(), element, itemText));
  }

  static @Nullable Integer pages(@Nullable String spec, String rawText) {
    if (spec == null || !spec.startsWith("regex:")) {
      return null;
    }
    Matcher m = PAGE_PATTERNS.computeIfAbsent(spec.substring(6), Pattern::compile).matcher(rawText);
    if (m.find()) {
      try {
        return Integer.parseInt(m.group(1).strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static List<FieldSelector> selectors(List<String> specs) {
    return specs.stream().map(FieldSelector::parse).toList();
  }

  private static @Nullable String first(
      List<FieldSelector> selectors, Element item, String itemText) {
    for (FieldSelector s : selectors) {
      String spec = s.toString();
      List<String> values =
          s.kind() == FieldSelector.Kind.CSS && (spec.endsWith("@href") || spec.endsWith("@src"))
              ? s.elements(item).eachAttr(spec.endsWith("@href") ? "href" : "src")
              : s.values(item, itemText, null);
      for (String v : values) {
        if (!v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }
}
