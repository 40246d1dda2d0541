package com.catalysttracker.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.document.IdentityKeys;
import com.catalysttracker.text.ChineseSegmenter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores documents in the {@code documents} alias, adding the segmented {@code *_words} fields the
 * mapping expects. Keeps "Elasticsearch refused this document" (fix the data) apart from
 * "Elasticsearch unreachable" (an {@link IOException}: retry, nothing is lost).
 */
public final class DocumentIndex {
  private final ElasticsearchClient client;
  private final IndexNames names;
  private final ChineseSegmenter segmenter;

  public DocumentIndex(ElasticsearchClient client, IndexNames names, ChineseSegmenter segmenter) {
    this.client = client;
    this.names = names;
    this.segmenter = segmenter;
  }

  /** A document Elasticsearch refused, with its id and the reason. */
  public record Rejection(String documentId, String reason) {}

  /** Outcome of a bulk write: how many were stored, and each refusal by document id. */
  public record BulkOutcome(int stored, List<Rejection> rejections) {
    public BulkOutcome {
      rejections = List.copyOf(rejections);
    }
  }

  /** Writes all documents in one bulk request and checks every item. */
  public BulkOutcome indexAll(List<Document> documents) throws IOException {
    if (documents.isEmpty()) {
      return new BulkOutcome(0, List.of());
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (Document document : documents) {
      ObjectNode source = sourceOf(document, segmenter);
      bulk.operations(
          op -> op.index(i -> i.index(names.documents()).id(document.id()).document(source)));
    }
    BulkResponse response = client.bulk(bulk.build());
    List<Rejection> rejections = new ArrayList<>();
    for (BulkResponseItem item : response.items()) {
      if (item.error() != null) {
        rejections.add(
            new Rejection(
                item.id() == null ? "?" : item.id(),
                item.error().type() + ": " + item.error().reason()));
      }
    }
    return new BulkOutcome(documents.size() - rejections.size(), rejections);
  }

  /** Writes one document (overwriting the one with the same id). */
  public void index(Document document) throws IOException {
    BulkOutcome outcome = indexAll(List.of(document));
    if (!outcome.rejections().isEmpty()) {
      Rejection rejection = outcome.rejections().get(0);
      throw new IllegalArgumentException(
          "Elasticsearch refused document "
              + rejection.documentId()
              + " ("
              + document.url()
              + "): "
              + rejection.reason());
    }
  }

  public Optional<Document> get(String id) throws IOException {
    GetResponse<Document> response =
        client.get(g -> g.index(names.documents()).id(id), Document.class);
    return Optional.ofNullable(response.source());
  }

  public long count() throws IOException {
    return client.count(c -> c.index(names.documents())).count();
  }

  /** Makes everything written so far visible to search (tests and one-off commands). */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(names.documents()));
  }

  /**
   * The JSON stored for {@code document}: its contract form plus the segmented word fields,
   * identity keys and money field. Public so the extraction bench measures exactly what indexing
   * does.
   */
  public static ObjectNode sourceOf(Document document, ChineseSegmenter segmenter) {
    ObjectNode source = DocumentJson.mapper().valueToTree(document);
    source.put("title_words", segmenter.indexField(document.title()));
    source.put("text_words", segmenter.indexField(document.text()));
    source.putPOJO("identity_keys", IdentityKeys.of(document));
    if (document.projectName() != null) {
      source.put("project_name_words", segmenter.indexField(document.projectName()));
    }
    // One field to filter, sort and sum money on: core Elasticsearch runs no scripts, so "amount,
    // else budget" cannot be computed at query time.
    if (document.money() != null) {
      source.put("money_yuan", document.money());
    }
    return source;
  }
}
