package com.catalysttracker.crawl;

import com.catalysttracker.document.Document;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps indexed documents by URL, as the documents alias would by id. */
final class CollectingSink implements DocumentSink {

  final Map<String, Document> documents = new LinkedHashMap<>();
  int writes;

  @Override
  public synchronized void store(Document document) {
    writes++;
    documents.put(document.url(), document);
  }
}
