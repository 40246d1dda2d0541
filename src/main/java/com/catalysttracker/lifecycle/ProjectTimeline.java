package com.catalysttracker.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A procurement project's announcements in the order a project moves: intention, tender,
 * corrections, candidates, award, contract, termination. Linked by project code, which every
 * stage's notice carries.
 */
public final class ProjectTimeline {
  /** Stages in lifecycle order; a correction sits after the tender it usually amends. */
  private static final List<DocType> STAGE_ORDER =
      List.of(
          DocType.PROCUREMENT_INTENT,
          DocType.TENDER_NOTICE,
          DocType.CORRECTION,
          DocType.AWARD_CANDIDATE,
          DocType.AWARD_RESULT,
          DocType.CONTRACT,
          DocType.TERMINATION,
          DocType.OTHER);

  private static final int MAX_ANNOUNCEMENTS = 200;

  private final ElasticsearchClient client;
  private final IndexNames names;

  public ProjectTimeline(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /** The project's announcements, earliest stage first; empty for an unknown code. */
  public List<Document> of(String projectCode) throws IOException {
    SearchResponse<Document> response =
        client.search(
            s ->
                s.index(names.documents())
                    .size(MAX_ANNOUNCEMENTS)
                    .query(q -> q.term(t -> t.field("project_code").value(projectCode))),
            Document.class);
    return response.hits().hits().stream()
        .map(hit -> hit.source())
        .filter(Objects::nonNull)
        .sorted(lifecycleOrder())
        .toList();
  }

  static Comparator<Document> lifecycleOrder() {
    return Comparator.<Document>comparingInt(d -> stage(d.docType()))
        .thenComparing(
            Document::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(Document::id);
  }

  private static int stage(DocType type) {
    int index = STAGE_ORDER.indexOf(type);
    return index < 0 ? STAGE_ORDER.size() : index;
  }
}
