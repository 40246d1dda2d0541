package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads indexed documents published since a date, page by page ({@code search_after}), for
 * backtests.
 */
public final class IndexedDocuments {
  private static final int PAGE = 500;

  private final ElasticsearchClient client;
  private final IndexNames names;

  public IndexedDocuments(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /** Calls {@code each} for every document published on or after {@code since}, oldest first. */
  public void publishedSince(LocalDate since, Consumer<Document> each) throws IOException {
    List<FieldValue> after = List.of();
    while (true) {
      List<FieldValue> cursor = after;
      SearchResponse<Document> page =
          client.search(
              s -> {
                s.index(names.documents())
                    .query(
                        q -> q.range(r -> r.date(d -> d.field("published").gte(since.toString()))))
                    .sort(o -> o.field(f -> f.field("published").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                    .size(PAGE);
                if (!cursor.isEmpty()) {
                  s.searchAfter(cursor);
                }
                return s;
              },
              Document.class);
      List<Hit<Document>> hits = page.hits().hits();
      for (Hit<Document> hit : hits) {
        if (hit.source() != null) {
          each.accept(hit.source());
        }
      }
      if (hits.size() < PAGE) {
        return;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }
}
