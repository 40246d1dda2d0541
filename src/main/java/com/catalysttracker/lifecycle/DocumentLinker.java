package com.catalysttracker.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IdentityKeys;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to store for a freshly extracted document: itself (new), itself with the addresses
 * other sites gave it (a new version of one already held), or the held document with this address
 * added (a second sighting, merged). Call it before every write to the documents index.
 *
 * <p>Looks up the held document by id (real-time get) and by identity keys (search). A search sees
 * writes only after a refresh, so keys this linker resolved recently are remembered in memory: two
 * sightings in one crawl run, seconds apart, still merge.
 */
public final class DocumentLinker {
  private static final int REMEMBERED_KEYS = 10_000;

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final Map<String, String> recentKeys =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED_KEYS;
        }
      };

  public DocumentLinker(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /** What happened to a document on its way to the index. */
  public enum Outcome {
    /** Never seen under this URL or any identity key. */
    NEW,
    /** Seen before at this URL: this is its current version, keeping other sites' addresses. */
    UPDATED,
    /** The same announcement is held under another URL: this address was added to it. */
    MERGED
  }

  /** The document to write, and why. */
  public record Linked(Document document, Outcome outcome) {}

  public synchronized Linked link(Document incoming) throws IOException {
    Optional<Document> sameUrl = get(incoming.id());
    if (sameUrl.isPresent()) {
      Document held = sameUrl.get();
      Document updated =
          held.seenAt().isEmpty()
              ? incoming
              : withSeenAt(incoming, DocumentMerge.merge(incoming, held));
      remember(updated);
      return new Linked(updated, Outcome.UPDATED);
    }
    Optional<Document> sameAnnouncement = findByKeys(IdentityKeys.of(incoming));
    if (sameAnnouncement.isPresent() && !sameAnnouncement.get().id().equals(incoming.id())) {
      Document merged = DocumentMerge.merge(sameAnnouncement.get(), incoming);
      remember(merged);
      return new Linked(merged, Outcome.MERGED);
    }
    remember(incoming);
    return new Linked(incoming, Outcome.NEW);
  }

  /** The new version's own fields, with every address any sighting gave. */
  private static Document withSeenAt(Document version, Document merged) {
    return new Document(
        version.id(),
        version.source(),
        version.url(),
        merged.seenAt(),
        version.title(),
        version.docType(),
        version.published(),
        version.issuer(),
        version.issuerLevel(),
        version.docNumber(),
        version.region(),
        version.projectCode(),
        version.projectName(),
        version.budgetYuan(),
        version.amountYuan(),
        version.winners(),
        version.agency(),
        merged.themes(),
        version.text(),
        version.contentHash(),
        version.fetchedAt(),
        version.attachments());
  }

  private Optional<Document> findByKeys(List<String> keys) throws IOException {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    for (String key : keys) {
      String id = recentKeys.get(key);
      if (id != null) {
        Optional<Document> held = get(id);
        if (held.isPresent()) {
          return held;
        }
      }
    }
    List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
    SearchResponse<Document> response =
        client.search(
            s ->
                s.index(names.documents())
                    .size(1)
                    .query(q -> q.terms(t -> t.field("identity_keys").terms(v -> v.value(values))))
                    .sort(
                        o ->
                            o.field(
                                f ->
                                    f.field("fetched_at")
                                        .order(
                                            co.elastic.clients.elasticsearch._types.SortOrder
                                                .Asc))),
            Document.class);
    return response.hits().hits().stream()
        .map(h -> h.source())
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private Optional<Document> get(String id) throws IOException {
    return Optional.ofNullable(
        client.get(g -> g.index(names.documents()).id(id), Document.class).source());
  }

  private void remember(Document document) {
    for (String key : IdentityKeys.of(document)) {
      recentKeys.put(key, document.id());
    }
  }
}
