package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IdentityKeys;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Earlier alerts of a corrected or terminated project: its other notices are found in the {@code
 * documents} index by project identity ({@link IdentityKeys}, so a code written in another width or
 * case on another site still matches), then the alerts citing them in the {@code alerts} index.
 * Operations alerts and the document's own earlier follow-ups are left out.
 */
public final class IndexedEarlierAlerts implements EarlierAlertSource {
  /**
   * A project has a handful of notices and alerts; the cap only guards against a code shared by
   * mistake.
   */
  private static final int MAX = 200;

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final AlertStore store;

  public IndexedEarlierAlerts(ElasticsearchClient client, IndexNames names, AlertStore store) {
    this.client = client;
    this.names = names;
    this.store = store;
  }

  @Override
  public List<EarlierAlerts> earlierAlertsOf(Document document) throws IOException {
    String code = document.projectCode();
    boolean followsUp =
        document.docType() == DocType.CORRECTION || document.docType() == DocType.TERMINATION;
    if (!followsUp || code == null || code.isBlank()) {
      return List.of();
    }
    String prefix = IdentityKeys.projectKeyPrefix(code);
    List<Document> notices =
        client
            .search(
                s ->
                    s.index(names.documents())
                        .query(q -> q.prefix(p -> p.field("identity_keys").value(prefix)))
                        .size(MAX),
                Document.class)
            .hits()
            .hits()
            .stream()
            .map(Hit::source)
            .filter(Objects::nonNull)
            .filter(d -> !d.id().equals(document.id()))
            .toList();
    List<Alert> alerts =
        store.citing(notices.stream().map(Document::id).toList(), MAX).stream()
            .filter(a -> !a.theme().equals("ops"))
            .filter(a -> !a.documentIds().contains(document.id()))
            .toList();
    return EarlierAlerts.byTheme(alerts, notices.stream().map(d -> new Doc(d, Set.of())).toList());
  }
}
