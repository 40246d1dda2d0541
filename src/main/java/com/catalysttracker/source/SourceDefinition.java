package com.catalysttracker.source;

import com.catalysttracker.extract.DetailSelectors;
import com.catalysttracker.extract.SourceKind;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source as its file in {@code crawlers/} defines it (see {@code crawlers/_reference.yml} for
 * every key, its default and why you would change it). Immutable; built only by {@link
 * SourceDefinitionLoader}, which has checked every field.
 *
 * @param file the definition file
 * @param id crawler id, the file's name without {@code .yml}
 * @param name the site's name
 * @param kind policy or procurement: decides the doc_type rules
 * @param family the CMS family the site runs ({@code crawlers/_families.yml}; {@code custom} when
 *     none)
 * @param scheme the real site's scheme (canonical URLs use it)
 * @param hosts every host the source may be fetched from
 * @param encoding charset to decode pages with, or null to detect it
 * @param cron Quartz cron expression of the schedule
 * @param scheduled whether the scheduler runs it ({@code schedule.enabled})
 * @param delay minimum pause between two requests to one host
 * @param userAgent {@code default}, {@code browser}, or a literal User-Agent
 * @param stopAfterSeen a list stops after this many consecutive items already seen before the run
 * @param searchTerms the terms a {@code {term}} list is walked with (themes' terms, then extra
 *     terms)
 * @param lists the lists to walk, in order
 * @param detailAdapter {@code html} (selectors) or a named adapter ({@code sgcc-ecp})
 * @param detail the detail-page selectors
 * @param follow CSS selectors of links on a detail page to other documents of the source that no
 *     list shows (a policy's 相关解读); empty for none
 * @param detailBlockMarkers text of a block page or challenge served with status 200 in place of a
 *     detail page ({@code detail.block-markers}); empty for none
 */
public record SourceDefinition(
    Path file,
    String id,
    String name,
    SourceKind kind,
    String family,
    String scheme,
    List<String> hosts,
    @Nullable Charset encoding,
    String cron,
    boolean scheduled,
    Duration delay,
    String userAgent,
    int stopAfterSeen,
    List<String> searchTerms,
    List<ListSpec> lists,
    String detailAdapter,
    DetailSelectors detail,
    List<String> follow,
    List<String> detailBlockMarkers) {

  public SourceDefinition {
    Objects.requireNonNull(id, "id");
    hosts = List.copyOf(hosts);
    searchTerms = List.copyOf(searchTerms);
    lists = List.copyOf(lists);
    follow = List.copyOf(follow);
    detailBlockMarkers = List.copyOf(detailBlockMarkers);
  }
}
