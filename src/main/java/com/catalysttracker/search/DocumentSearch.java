package com.catalysttracker.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.text.ChineseSegmenter;
import java.io.IOException;
import java.util.List;

/**
 * Full-text search over documents. A term matches either as words (segmented the same way the
 * index was, for relevance) or as an exact substring (the standard analyzer's one-token-per-char
 * fields), so a term the segmenter splits differently from the index is still found.
 */
public final class DocumentSearch {
  private static final List<String> PHRASE_FIELDS = List.of("title^3", "project_name^2", "text");
  private static final List<String> WORD_FIELDS =
      List.of("title_words^3", "project_name_words^2", "text_words");

  private final ElasticsearchClient client;
  private final IndexNames names;
  private final ChineseSegmenter segmenter;

  public DocumentSearch(ElasticsearchClient client, IndexNames names, ChineseSegmenter segmenter) {
    this.client = client;
    this.names = names;
    this.segmenter = segmenter;
  }

  /** One ranked hit. */
  public record SearchHit(String id, double score, Document document) {}

  /** A page of hits and the total number of matches. */
  public record SearchPage(long total, List<SearchHit> hits) {
    public SearchPage {
      hits = List.copyOf(hits);
    }
  }

  public SearchPage search(String input, int size) throws IOException {
    Query query = toQuery(SearchQuery.parse(input));
    SearchResponse<Document> response =
        client.search(
            s -> s.index(names.documents()).query(query).size(size).trackTotalHits(t -> t.enabled(true)),
            Document.class);
    List<SearchHit> hits =
        response.hits().hits().stream()
            .filter(h -> h.source() != null)
            .map(DocumentSearch::toHit)
            .toList();
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchPage(total, hits);
  }

  private static SearchHit toHit(Hit<Document> hit) {
    return new SearchHit(
        hit.id(), hit.score() == null ? 0 : hit.score(), java.util.Objects.requireNonNull(hit.source()));
  }

  Query toQuery(SearchQuery parsed) {
    if (parsed.isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    BoolQuery.Builder bool = new BoolQuery.Builder();
    for (String phrase : parsed.phrases()) {
      bool.must(phraseQuery(phrase));
    }
    for (String term : parsed.terms()) {
      bool.must(termQuery(term));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  private Query termQuery(String term) {
    List<String> words = segmenter.queryWords(term);
    if (words.isEmpty()) {
      return phraseQuery(term);
    }
    Query asWords =
        Query.of(
            q ->
                q.multiMatch(
                    m ->
                        m.query(String.join(" ", words))
                            .fields(WORD_FIELDS)
                            .type(TextQueryType.CrossFields)
                            .operator(Operator.And)));
    return Query.of(
        q -> q.bool(b -> b.should(asWords).should(phraseQuery(term)).minimumShouldMatch("1")));
  }

  private static Query phraseQuery(String phrase) {
    return Query.of(
        q -> q.multiMatch(m -> m.query(phrase).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)));
  }
}
