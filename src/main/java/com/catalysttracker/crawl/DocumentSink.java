package com.catalysttracker.crawl;

import com.catalysttracker.document.Document;
import java.io.IOException;

/**
 * Where extracted documents go: the {@code documents} alias through {@link
 * com.catalysttracker.index.DocumentIndex} in the service.
 */
public interface DocumentSink {

  /**
   * Stores one document, replacing the one with the same id.
   *
   * @throws IOException Elasticsearch unreachable: retry later, nothing is lost
   * @throws IllegalArgumentException Elasticsearch refused the document (fix the data)
   */
  void store(Document document) throws IOException;
}
