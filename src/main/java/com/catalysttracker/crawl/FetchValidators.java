package com.catalysttracker.crawl;

import org.jspecify.annotations.Nullable;

/**
 * What a server said to identify a response version, kept to ask "changed since?" next run.
 *
 * @param etag the ETag header, or null when the server sent none
 * @param lastModified the Last-Modified header as sent, or null when the server sent none
 */
public record FetchValidators(@Nullable String etag, @Nullable String lastModified) {

  public static final FetchValidators NONE = new FetchValidators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
