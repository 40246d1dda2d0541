package com.catalysttracker.crawl;

import com.catalysttracker.extract.FieldSelector;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** HTML lists: one element per item ({@code items.select}), its link, title and date by selectors. */
final class HtmlListReader implements ListReader {

  @Override
  public ListPage read(SourceDefinition source, ListSpec list, FetchResult page) {
    String text = page.text() == null ? "" : page.text();
    Document doc = Jsoup.parse(text, page.finalUrl().toString());
    List<ListItem> items = new ArrayList<>();
    List<FieldSelector> link = selectors(list.items().link());
    List<FieldSelector> title = selectors(list.items().title());
    List<FieldSelector> date = selectors(list.items().date());
    for (Element item : doc.select(list.items().select())) {
      String itemText = FieldSelector.pageText(item);
      // A link lives in an attribute: a regex: link reads the item's HTML (javascript:urlOpen('…')).
      String href = first(link, item, item.outerHtml());
      String linkTemplate = list.items().linkTemplate();
      if (href != null && linkTemplate != null) {
        href = linkTemplate.replace("{link}", href);
      }
      String url = href == null ? null : CanonicalUrls.canonical(source, page.finalUrl(), href);
      if (url != null) {
        items.add(new ListItem(url, first(title, item, itemText), first(date, item, itemText)));
      }
    }
    return new ListPage(items, pages(list.pages(), text));
  }

  static @Nullable Integer pages(@Nullable String spec, String rawText) {
    if (spec == null || !spec.startsWith("regex:")) {
      return null;
    }
    Matcher m = Pattern.compile(spec.substring(6)).matcher(rawText);
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

  private static @Nullable String first(List<FieldSelector> selectors, Element item, String itemText) {
    for (FieldSelector s : selectors) {
      List<String> values = s.kind() == FieldSelector.Kind.CSS && s.toString().matches(".*@(href|src)$")
          ? s.elements(item).eachAttr(s.toString().endsWith("@href") ? "href" : "src")
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
