package com.catalysttracker.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the crawler knows about one item it has seen (the {@code crawl-state} index, so a restart or
 * a second node knows it too).
 *
 * @param source crawler id
 * @param url canonical URL
 * @param contentHash hash of the cleaned text of the version indexed, null if never extracted
 * @param listSignature the list's title and date when last seen, to notice an edited entry
 * @param firstSeen when a list first showed it
 * @param lastSeen when a list last showed it
 * @param lastFetched when its detail was last fetched
 * @param version 1 for the first version indexed, +1 for each changed one
 * @param etag ETag of the detail's first response, for a conditional GET
 * @param lastModified Last-Modified of the detail's first response
 * @param history earlier versions, newest last (at most {@link #HISTORY} kept)
 */
public record ItemState(
    String source,
    String url,
    @Nullable String contentHash,
    @Nullable String listSignature,
    Instant firstSeen,
    Instant lastSeen,
    @Nullable Instant lastFetched,
    int version,
    @Nullable String etag,
    @Nullable String lastModified,
    List<Version> history) {

  static final int HISTORY = 10;

  public ItemState {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** An earlier version: its hash, its title and when it was first indexed. */
  public record Version(String contentHash, String title, Instant indexedAt) {}

  /** The same item, now a new version with {@code newHash}; the old one goes to the history. */
  ItemState changedTo(String newHash, String oldTitle, Instant now) {
    List<Version> h = new ArrayList<>(history);
    if (contentHash != null) {
      h.add(new Version(contentHash, oldTitle, lastFetched == null ? firstSeen : lastFetched));
    }
    while (h.size() > HISTORY) {
      h.remove(0);
    }
    return new ItemState(
        source,
        url,
        newHash,
        listSignature,
        firstSeen,
        now,
        now,
        version + 1,
        etag,
        lastModified,
        h);
  }
}
