package com.catalysttracker.rules;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexNames;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Momentum counted in the {@code documents} index: award results tagged with the theme in the same
 * province, by publication date. Trailing averages are computed here, since the embedded
 * Elasticsearch has no {@code moving_fn}.
 */
public final class IndexedMomentum implements MomentumSource {
  private final ElasticsearchClient client;
  private final IndexNames names;

  public IndexedMomentum(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  @Override
  public List<Momentum> momentumOf(Document document, Collection<String> themes, Duration window)
      throws IOException {
    LocalDate day = document.published();
    if (document.docType() != DocType.AWARD_RESULT || document.region() == null || day == null) {
      return List.of();
    }
    String province = document.region().province();
    List<Momentum> momentum = new ArrayList<>();
    LocalDate month = day.withDayOfMonth(1);
    for (String theme : themes) {
      long inWindow = count(document, theme, province, day.minusDays(window.toDays() - 1), day) + 1;
      long thisMonth = count(document, theme, province, month, day) + 1;
      long trailing = count(document, theme, province, month.minusMonths(3), month.minusDays(1));
      momentum.add(
          new Momentum(
              theme, province, (int) window.toDays(), inWindow, thisMonth, trailing / 3.0));
    }
    return momentum;
  }

  /**
   * Awards of {@code theme} in {@code province} published from {@code from} to {@code to}, other
   * than {@code self}.
   */
  private long count(Document self, String theme, String province, LocalDate from, LocalDate to)
      throws IOException {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("themes").value(theme)))
                            .filter(
                                f ->
                                    f.term(
                                        t ->
                                            t.field("doc_type")
                                                .value(DocType.AWARD_RESULT.wireName())))
                            .filter(f -> f.term(t -> t.field("region.province").value(province)))
                            .filter(
                                f ->
                                    f.range(
                                        r ->
                                            r.date(
                                                d ->
                                                    d.field("published")
                                                        .gte(from.toString())
                                                        .lte(to.toString()))))
                            .mustNot(m -> m.ids(i -> i.values(self.id())))));
    return client.count(c -> c.index(names.documents()).query(query)).count();
  }
}
