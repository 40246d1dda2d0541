package com.catalysttracker.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a list page's items are and how to read each.
 *
 * @param select HTML: a CSS selector matching one element per item; JSON: a dotted path to the
 *     items, {@code *} standing for every element or key ({@code searchVO.catMap.*.listVO.*})
 * @param link HTML: selectors relative to the item ({@code a@href}); JSON: a field path, or a
 *     template with {@code {field}} placeholders building the canonical URL
 * @param title optional, as {@code link}; the list's title is only a hint for change detection
 * @param date optional, as {@code link}
 * @param fragment json-html lists: the JSON path of the HTML fragment the items are in ({@code
 *     data.html}); null otherwise
 * @param linkTemplate optional: the canonical URL with {@code {link}} standing for the link's
 *     value, for lists that carry only an id ({@code javascript:urlOpen('…')})
 */
public record ItemSpec(
    String select,
    List<String> link,
    List<String> title,
    List<String> date,
    @Nullable String fragment,
    @Nullable String linkTemplate) {

  public ItemSpec(String select, List<String> link, List<String> title, List<String> date) {
    this(select, link, title, date, null, null);
  }

  public ItemSpec {
    link = List.copyOf(link);
    title = List.copyOf(title);
    date = List.copyOf(date);
  }
}
