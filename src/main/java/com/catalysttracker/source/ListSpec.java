package com.catalysttracker.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One list a crawl walks newest first: a channel, a JSON feed or a search (a list whose request
 * uses {@code {term}} is walked once per search term).
 *
 * @param name a label for logs and health (e.g. 地方公告)
 * @param format how the answer is read: {@code html} (items by CSS) or {@code json} (items by path)
 * @param first the request for page 1
 * @param next the request for page N ≥ 2, or null when {@code first} itself has {@code {page}} (or
 *     the list is one page)
 * @param pages how to read the number of pages from a page: {@code regex:PATTERN} (group 1 of the
 *     raw text) or a JSON path; null when unknown (walk until a page yields nothing new)
 * @param total JSON path of the total item count (pages = ceil(total / pageSize)), or null
 * @param pageSize items per page, for {@code total}
 * @param maxPages never walk further than this many pages in one run
 * @param items where items are and how to read their link, title and date
 * @param blockMarkers text that marks a block or rate-limit page answered with status 200 (频繁访问):
 *     such a page is a failure, never an empty list
 * @param discover a page read before the list whose values fill named placeholders (gkmlpt's SID
 *     and category tree), or null
 * @param every read this list on every Nth run of its source only (runs 1, 1 + N, 1 + 2N …): for
 *     search lists whose items the other lists mostly show too; 1 reads it every run
 */
public record ListSpec(
    String name,
    Format format,
    RequestTemplate first,
    @Nullable RequestTemplate next,
    @Nullable String pages,
    @Nullable String total,
    int pageSize,
    int maxPages,
    ItemSpec items,
    List<String> blockMarkers,
    @Nullable Discovery discover,
    int every) {

  /** How a list answer is read. */
  public enum Format {
    HTML,
    JSON,
    /** A JSON answer carrying an HTML fragment (jpaas publish-server units): items by CSS in it. */
    JSON_HTML
  }

  /**
   * Values a list's requests need that the site itself carries: {@code url} is fetched once per
   * run, each of {@code values} ({@code name → regex:PATTERN}) collects every distinct group 1 in
   * its raw text, and the list is walked once per combination with {@code {name}} filled in.
   */
  public record Discovery(String url, Map<String, String> values) {
    public Discovery {
      Objects.requireNonNull(url, "url");
      values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
  }

  public ListSpec {
    Objects.requireNonNull(name, "name");
    blockMarkers = List.copyOf(blockMarkers);
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1, was " + every);
    }
  }

  /**
   * Whether run number {@code run} (1 = the source's first) reads this list; 0 (unknown) reads
   * every list.
   */
  public boolean dueOnRun(int run) {
    return run <= 0 || (run - 1) % every == 0;
  }

  public boolean perTerm() {
    return first.usesTerm();
  }

  /** Whether there can be a page 2 at all. */
  public boolean paged() {
    return next != null || first.usesPage();
  }

  /** This list with discovered values filled into its requests (and named after them). */
  public ListSpec withValues(Map<String, String> values) {
    String label = name + " " + values.toString().replace(", ", " ");
    return new ListSpec(
        label,
        format,
        first.withValues(values),
        next == null ? null : next.withValues(values),
        pages,
        total,
        pageSize,
        maxPages,
        items,
        blockMarkers,
        null,
        every);
  }

  /** The request for a page (1-based). */
  public RequestTemplate request(int page) {
    return page <= 1 || next == null ? first : next;
  }
}
