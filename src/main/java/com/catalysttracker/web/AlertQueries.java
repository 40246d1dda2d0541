package com.catalysttracker.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.index.IndexNames;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the workspace asks of the {@code alerts} alias: lists, a document's alerts, and
 * acknowledgements. The rules write alerts through {@link com.catalysttracker.alert.AlertStore};
 * here they stay JSON trees, shown as stored.
 */
final class AlertQueries {
  private final ElasticsearchClient client;
  private final IndexNames names;
  private final Clock clock;

  AlertQueries(ElasticsearchClient client, IndexNames names, Clock clock) {
    this.client = client;
    this.names = names;
    this.clock = clock;
  }

  /** What to list: empty lists match everything. */
  record AlertFilter(
      List<String> themes, List<String> severities, boolean unacknowledgedOnly, int size) {
    AlertFilter {
      themes = List.copyOf(themes);
      severities = List.copyOf(severities);
    }
  }

  /** Newest first. Each alert's {@code id} is its Elasticsearch id, the one acknowledge takes. */
  List<ObjectNode> list(AlertFilter filter) throws IOException {
    List<Query> clauses = new ArrayList<>();
    if (!filter.themes().isEmpty()) {
      clauses.add(terms("theme", filter.themes()));
    }
    if (!filter.severities().isEmpty()) {
      clauses.add(terms("severity", filter.severities()));
    }
    Query query =
        Query.of(
            q ->
                q.bool(
                    b -> {
                      b.filter(clauses);
                      if (filter.unacknowledgedOnly()) {
                        b.mustNot(m -> m.exists(e -> e.field("acknowledged_at")));
                      }
                      return b;
                    }));
    return search(query, filter.size());
  }

  List<ObjectNode> forDocument(String documentId) throws IOException {
    return search(terms("document_ids", List.of(documentId)), 100);
  }

  /** Marks the alert acknowledged now; false when there is no alert with that id. */
  boolean acknowledge(String id) throws IOException {
    try {
      client.update(
          u ->
              u.index(names.alerts())
                  .id(id)
                  .doc(Map.of("acknowledged_at", Instant.now(clock).toString()))
                  .refresh(co.elastic.clients.elasticsearch._types.Refresh.WaitFor),
          ObjectNode.class);
      return true;
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  private List<ObjectNode> search(Query query, int size) throws IOException {
    SearchResponse<ObjectNode> response =
        client.search(
            s ->
                s.index(names.alerts())
                    .query(query)
                    .size(size)
                    .sort(
                        o ->
                            o.field(
                                f ->
                                    f.field("created_at")
                                        .order(SortOrder.Desc)
                                        .unmappedType(
                                            co.elastic.clients.elasticsearch._types.mapping
                                                .FieldType.Date))),
            ObjectNode.class);
    List<ObjectNode> alerts = new ArrayList<>();
    for (Hit<ObjectNode> hit : response.hits().hits()) {
      @Nullable ObjectNode source = hit.source();
      if (source != null) {
        source.put("id", hit.id());
        alerts.add(source);
      }
    }
    return alerts;
  }

  private static Query terms(String field, List<String> values) {
    List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
  }
}
