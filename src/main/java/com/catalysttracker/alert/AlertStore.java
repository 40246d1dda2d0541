package com.catalysttracker.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code alerts} index. An alert whose key already alerted within that alert's re-alert window
 * is a duplicate (the same catalyst on a second site, or re-crawled) and is not stored again.
 * Writes wait for a refresh, so the next duplicate check sees them; recording is serialized.
 */
public final class AlertStore {
  private final ElasticsearchClient client;
  private final IndexNames names;

  public AlertStore(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /** Stores the alerts that are not duplicates and returns them: the ones to send. */
  public synchronized List<Alert> record(List<Alert> alerts) throws IOException {
    List<Alert> stored = new ArrayList<>();
    for (Alert alert : alerts) {
      Optional<Alert> previous = latest(alert.key());
      if (previous.isPresent() && isWithinWindow(previous.get(), alert)) {
        continue;
      }
      client.index(
          i -> i.index(names.alerts()).id(alert.id()).document(alert).refresh(Refresh.WaitFor));
      stored.add(alert);
    }
    return stored;
  }

  private static boolean isWithinWindow(Alert previous, Alert next) {
    return next.createdAt().isBefore(previous.createdAt().plus(previous.realertAfter()));
  }

  /** The most recent alert with {@code key}. */
  public Optional<Alert> latest(String key) throws IOException {
    SearchResponse<Alert> response =
        client.search(
            s ->
                s.index(names.alerts())
                    .query(q -> q.term(t -> t.field("key").value(key)))
                    .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc)))
                    .size(1),
            Alert.class);
    return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).findFirst();
  }

  /**
   * Alerts that cite any of {@code documentIds}, oldest first (at most {@code size}): what a
   * project's earlier notices raised, for follow-ups.
   */
  public List<Alert> citing(Collection<String> documentIds, int size) throws IOException {
    if (documentIds.isEmpty()) {
      return List.of();
    }
    List<FieldValue> ids = documentIds.stream().map(FieldValue::of).toList();
    SearchResponse<Alert> response =
        client.search(
            s ->
                s.index(names.alerts())
                    .query(q -> q.terms(t -> t.field("document_ids").terms(v -> v.value(ids))))
                    .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc)))
                    .size(size),
            Alert.class);
    return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
  }

  /**
   * Alerts created in [{@code from}, {@code to}), oldest first, at most {@code size}: a day's
   * alerts for the digest.
   */
  public List<Alert> between(Instant from, Instant to, int size) throws IOException {
    SearchResponse<Alert> response =
        client.search(
            s ->
                s.index(names.alerts())
                    .query(
                        q ->
                            q.range(
                                r ->
                                    r.date(
                                        d ->
                                            d.field("created_at")
                                                .gte(from.toString())
                                                .lt(to.toString()))))
                    .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc)))
                    .size(size),
            Alert.class);
    return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
  }

  /** The newest alerts first. */
  public List<Alert> recent(int size) throws IOException {
    SearchResponse<Alert> response =
        client.search(
            s ->
                s.index(names.alerts())
                    .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc)))
                    .size(size),
            Alert.class);
    return response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
  }
}
