package com.catalysttracker.search;

import static co.elastic.clients.elasticsearch._types.SortOrder.Asc;
import static co.elastic.clients.elasticsearch._types.SortOrder.Desc;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.text.ChineseSegmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over documents. A term matches either as words (segmented the same way the index
 * was, for relevance) or as an exact substring (the standard analyzer's one-token-per-char fields),
 * so a term the segmenter splits differently from the index is still found. Filters, sort,
 * highlights, {@code search_after} paging and facet aggregations come on top.
 */
public final class DocumentSearch {
  /** The money rules compare (awarded amount, else budget), derived at index time. */
  static final String MONEY = "money_yuan";

  private static final List<String> PHRASE_FIELDS = List.of("title^3", "project_name^2", "text");
  private static final List<String> HIGHLIGHTED = List.of("title", "project_name", "text");
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

  /**
   * Ranked hits for what an analyst typed, without filters (see {@link #search(DocumentQuery)}).
   */
  public SearchPage search(String input, int size) throws IOException {
    SearchResult result = search(DocumentQuery.of(input, size));
    return new SearchPage(
        result.total(),
        result.hits().stream().map(h -> new SearchHit(h.id(), h.score(), h.document())).toList());
  }

  /**
   * One page of a filtered, sorted search with highlights, the cursor for the next page and, when
   * asked, facet counts and amounts.
   *
   * @throws IllegalArgumentException when {@code after} is not a cursor this server issued
   */
  public SearchResult search(DocumentQuery request) throws IOException {
    SearchQuery parsed = SearchQuery.parse(request.text());
    Query query = filtered(toQuery(parsed), request.filters());
    List<SortOptions> sort = sortFor(request.sort(), parsed.isEmpty());
    SearchRequest.Builder search =
        new SearchRequest.Builder()
            .index(names.documents())
            .query(query)
            .size(request.size())
            .sort(sort)
            .trackTotalHits(t -> t.enabled(true));
    if (request.after() != null) {
      List<FieldValue> after = SearchCursor.decode(request.after());
      if (after.size() != sort.size()) {
        throw new IllegalArgumentException(
            "search_after belongs to a different sort than sort="
                + request.sort().wireName()
                + (parsed.isEmpty() ? " without q" : " with q")
                + "; page with the next_cursor of this same search, or start again without"
                + " search_after");
      }
      search.searchAfter(after);
    }
    if (!parsed.isEmpty()) {
      search.highlight(highlight(parsed));
    }
    if (request.aggregations()) {
      search.aggregations(DocumentAggregations.requests(request.themeMonths()));
    }
    SearchResponse<Document> response = client.search(search.build(), Document.class);
    List<SearchResult.Hit> hits = new ArrayList<>();
    String next = null;
    for (Hit<Document> hit : response.hits().hits()) {
      if (hit.source() == null) {
        continue;
      }
      hits.add(
          new SearchResult.Hit(
              hit.id(),
              hit.score() == null ? 0 : hit.score(),
              hit.source(),
              snippets(hit.highlight())));
      next = SearchCursor.encode(hit.sort());
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    if (hits.size() < request.size()) {
      next = null;
    }
    Map<String, List<SearchResult.Bucket>> aggregations =
        request.aggregations() ? DocumentAggregations.read(response.aggregations()) : Map.of();
    Map<String, List<SearchResult.Bucket>> themeMonths =
        request.aggregations() && request.themeMonths()
            ? DocumentAggregations.readThemeMonths(response.aggregations())
            : Map.of();
    return new SearchResult(total, hits, next, aggregations, themeMonths);
  }

  private static Map<String, List<SearchResult.Snippet>> snippets(
      Map<String, List<String>> highlight) {
    Map<String, List<SearchResult.Snippet>> snippets = new LinkedHashMap<>();
    highlight.forEach(
        (field, fragments) ->
            snippets.put(field, fragments.stream().map(Highlights::parse).toList()));
    return snippets;
  }

  private static List<SortOptions> sortFor(SortOrder order, boolean nothingTyped) {
    SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(Asc)));
    SortOptions newest =
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field("published")
                            .order(Desc)
                            .missing("_last")
                            .unmappedType(FieldType.Date)));
    SortOptions mostMoney =
        SortOptions.of(s -> s.field(f -> f.field(MONEY).order(Desc).missing("_last")));
    return switch (order) {
      case RELEVANCE ->
          nothingTyped
              ? List.of(newest, byId)
              : List.of(SortOptions.of(s -> s.score(sc -> sc.order(Desc))), newest, byId);
      case DATE -> List.of(newest, byId);
      case AMOUNT -> List.of(mostMoney, newest, byId);
    };
  }

  /**
   * Highlights the exact characters typed. The word fields are left out of {@code _source}, so the
   * fragments come from the published fields. The highlight query is the phrase as an interval with
   * no gaps, not a phrase query: with {@code index_phrases} Elasticsearch runs an exact phrase
   * against the hidden character-pair field, and the highlighter, looking at the published field,
   * would then mark nothing.
   */
  private static Highlight highlight(SearchQuery parsed) {
    BoolQuery.Builder any = new BoolQuery.Builder();
    parsed.phrases().forEach(p -> HIGHLIGHTED.forEach(field -> any.should(exactly(field, p))));
    parsed.terms().forEach(t -> HIGHLIGHTED.forEach(field -> any.should(exactly(field, t))));
    Query highlightQuery = Query.of(q -> q.bool(any.build()));
    return Highlight.of(
        h ->
            h.preTags(Highlights.PRE)
                .postTags(Highlights.POST)
                .highlightQuery(highlightQuery)
                .fields("title", f -> f.numberOfFragments(0))
                .fields("project_name", f -> f.numberOfFragments(0))
                .fields("text", f -> f.fragmentSize(90).numberOfFragments(2).noMatchSize(0)));
  }

  /** Filters never affect ranking and reach Elasticsearch as keyword values, never as syntax. */
  Query filtered(Query query, DocumentFilters filters) {
    List<Query> clauses = new ArrayList<>();
    terms(clauses, "themes", filters.themes());
    terms(clauses, "doc_type", filters.docTypes().stream().map(DocType::wireName).toList());
    terms(
        clauses,
        "issuer_level",
        filters.issuerLevels().stream().map(IssuerLevel::wireName).toList());
    terms(clauses, "region.province", filters.provinces());
    terms(clauses, "region.city", filters.cities());
    terms(clauses, "source", filters.sources());
    if (filters.publishedFrom() != null || filters.publishedTo() != null) {
      clauses.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.date(
                              d -> {
                                d.field("published").format("yyyy-MM-dd");
                                if (filters.publishedFrom() != null) {
                                  d.gte(filters.publishedFrom().toString());
                                }
                                if (filters.publishedTo() != null) {
                                  d.lte(filters.publishedTo().toString());
                                }
                                return d;
                              }))));
    }
    if (filters.minYuan() != null || filters.maxYuan() != null) {
      clauses.add(
          Query.of(
              q ->
                  q.range(
                      r ->
                          r.number(
                              n -> {
                                n.field(MONEY);
                                if (filters.minYuan() != null) {
                                  n.gte(filters.minYuan().doubleValue());
                                }
                                if (filters.maxYuan() != null) {
                                  n.lte(filters.maxYuan().doubleValue());
                                }
                                return n;
                              }))));
    }
    if (!filters.listed().isEmpty()) {
      List<FieldValue> values = filters.listed().stream().map(FieldValue::of).toList();
      clauses.add(
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.should(termsQuery("winners.listed.code", values))
                              .should(termsQuery("winners.listed.name", values))
                              .minimumShouldMatch("1"))));
    }
    if (filters.hasWinner() != null) {
      Query exists = Query.of(q -> q.exists(e -> e.field("winners.name")));
      clauses.add(filters.hasWinner() ? exists : Query.of(q -> q.bool(b -> b.mustNot(exists))));
    }
    if (clauses.isEmpty()) {
      return query;
    }
    return Query.of(q -> q.bool(b -> b.must(query).filter(clauses)));
  }

  private static void terms(List<Query> clauses, String field, List<String> values) {
    if (!values.isEmpty()) {
      clauses.add(termsQuery(field, values.stream().map(FieldValue::of).toList()));
    }
  }

  private static Query termsQuery(String field, List<FieldValue> values) {
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
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

  private static Query exactly(String field, String phrase) {
    return Query.of(
        q -> q.intervals(i -> i.field(field).match(m -> m.query(phrase).maxGaps(0).ordered(true))));
  }

  private static Query phraseQuery(String phrase) {
    return Query.of(
        q -> q.multiMatch(m -> m.query(phrase).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)));
  }
}
