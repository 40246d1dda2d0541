package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Drafts in the {@code documents} index: same issuer, a title containing the final's base title as
 * a phrase, then the base titles compared exactly (the index cannot strip 征求意见稿 itself).
 */
public final class IndexedDrafts implements DraftSource {
  private final ElasticsearchClient client;
  private final IndexNames names;

  public IndexedDrafts(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  @Override
  public List<Document> draftsOf(Document policy) throws IOException {
    if (policy.docType() != DocType.POLICY || policy.issuer() == null) {
      return List.of();
    }
    String baseTitle = new Doc(policy, Set.of()).baseTitle();
    List<Hit<Document>> hits =
        client
            .search(
                s ->
                    s.index(names.documents())
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.filter(
                                                f ->
                                                    f.term(
                                                        t ->
                                                            t.field("doc_type")
                                                                .value(
                                                                    DocType.POLICY_DRAFT
                                                                        .wireName())))
                                            .filter(
                                                f ->
                                                    f.term(
                                                        t ->
                                                            t.field("issuer.keyword")
                                                                .value(policy.issuer())))
                                            .filter(
                                                f ->
                                                    f.matchPhrase(
                                                        m -> m.field("title").query(baseTitle)))))
                        .size(10),
                Document.class)
            .hits()
            .hits();
    return hits.stream()
        .map(Hit::source)
        .filter(Objects::nonNull)
        .filter(draft -> new Doc(draft, Set.of()).baseTitle().equals(baseTitle))
        .toList();
  }
}
