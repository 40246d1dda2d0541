package com.catalysttracker.search;

import static com.catalysttracker.testsupport.WorkspaceDocuments.DATA_DRAFT;
import static com.catalysttracker.testsupport.WorkspaceDocuments.LOW_ALTITUDE_POLICY;
import static com.catalysttracker.testsupport.WorkspaceDocuments.MALICIOUS;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_AWARD;
import static com.catalysttracker.testsupport.WorkspaceDocuments.NANJING_TENDER;
import static com.catalysttracker.testsupport.WorkspaceDocuments.SHENZHEN_VRC_AWARD;
import static com.catalysttracker.testsupport.WorkspaceDocuments.STATE_GRID_VPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.testsupport.WorkspaceDocuments;
import com.catalysttracker.text.ChineseSegmenter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, sort, highlights, search_after paging and facets on the real embedded Elasticsearch. */
class DocumentSearchIT {
  private static DocumentSearch search;

  @BeforeAll
  static void indexWorkspace() throws Exception {
    ElasticsearchClient client = TestElasticsearch.client();
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(DocumentSearchIT.class));
    // The test node keeps its data between runs; start from the current mapping every time.
    TestElasticsearch.deleteIndices(names.prefix());
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    ChineseSegmenter segmenter =
        ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt"));
    DocumentIndex index = new DocumentIndex(client, names, segmenter);
    assertThat(index.indexAll(WorkspaceDocuments.ALL).rejections()).isEmpty();
    index.refresh();
    search = new DocumentSearch(client, names, segmenter);
  }

  private static DocumentFilters filters(
      List<String> themes,
      List<DocType> types,
      List<String> provinces,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable BigDecimal min,
      List<String> listed,
      @Nullable Boolean hasWinner) {
    return new DocumentFilters(
        themes, types, List.of(), provinces, List.of(), List.of(), from, to, min, null, listed,
        hasWinner);
  }

  private static DocumentFilters themeFilter(String theme) {
    return new DocumentFilters(
        List.of(theme),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }

  /**
   * The months facet of a search filtered to one theme: what the dashboard asked once per theme.
   */
  private static List<String> monthsOf(SearchResult result) {
    return result.aggregations().get("months").stream().map(SearchResult.Bucket::key).toList();
  }

  private static SearchResult run(String text, DocumentFilters filters, SortOrder sort)
      throws Exception {
    return search.search(new DocumentQuery(text, filters, sort, 20, null, false));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static List<String> ids(Document... documents) {
    return java.util.Arrays.stream(documents).map(Document::id).toList();
  }

  @Test
  void themeAndDateRangeKeepOnlyThatThemesDocumentsInTheWindow() throws Exception {
    SearchResult result =
        run(
            "",
            filters(
                List.of("low-altitude"),
                List.of(),
                List.of(),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 31),
                null,
                List.of(),
                null),
            SortOrder.DATE);
    assertThat(ids(result)).containsExactlyElementsOf(ids(NANJING_AWARD, NANJING_TENDER));
    assertThat(result.total()).isEqualTo(2);
  }

  @Test
  void provinceDocTypeAndIssuerLevelFiltersCombine() throws Exception {
    assertThat(
            ids(
                run(
                    "",
                    filters(
                        List.of(), List.of(), List.of("江苏省"), null, null, null, List.of(), null),
                    SortOrder.DATE)))
        .containsExactlyElementsOf(ids(NANJING_AWARD, STATE_GRID_VPP, NANJING_TENDER));
    assertThat(
            ids(
                run(
                    "",
                    filters(
                        List.of(),
                        List.of(DocType.AWARD_RESULT, DocType.AWARD_CANDIDATE),
                        List.of("江苏省"),
                        null,
                        null,
                        null,
                        List.of(),
                        null),
                    SortOrder.DATE)))
        .containsExactlyElementsOf(ids(NANJING_AWARD, STATE_GRID_VPP));
    DocumentFilters ministries =
        new DocumentFilters(
            List.of(),
            List.of(),
            List.of(IssuerLevel.NATIONAL, IssuerLevel.MINISTRY),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            List.of(),
            null);
    assertThat(ids(run("", ministries, SortOrder.DATE)))
        .containsExactlyElementsOf(ids(DATA_DRAFT, LOW_ALTITUDE_POLICY));
  }

  @Test
  void amountRangeUsesTheAwardElseTheBudget() throws Exception {
    // The tender has only a budget (3500万), the awards an amount; 860万 and 500万 fall below.
    SearchResult result =
        run(
            "",
            filters(
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                new BigDecimal("10000000"),
                List.of(),
                null),
            SortOrder.AMOUNT);
    assertThat(ids(result))
        .containsExactlyElementsOf(ids(SHENZHEN_VRC_AWARD, NANJING_TENDER, NANJING_AWARD));
  }

  @Test
  void listedCompanyMatchesByStockCodeOrShortName() throws Exception {
    assertThat(
            ids(
                run(
                    "",
                    filters(
                        List.of(), List.of(), List.of(), null, null, null, List.of("688631"), null),
                    SortOrder.DATE)))
        .containsExactlyElementsOf(ids(NANJING_AWARD));
    assertThat(
            ids(
                run(
                    "",
                    filters(
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        List.of("深城交", "600131"),
                        null),
                    SortOrder.DATE)))
        .containsExactlyElementsOf(ids(STATE_GRID_VPP, SHENZHEN_VRC_AWARD));
  }

  @Test
  void hasWinnerSplitsAwardsFromTheRest() throws Exception {
    assertThat(
            ids(
                run(
                    "",
                    filters(List.of(), List.of(), List.of(), null, null, null, List.of(), true),
                    SortOrder.DATE)))
        .containsExactlyElementsOf(ids(NANJING_AWARD, STATE_GRID_VPP, SHENZHEN_VRC_AWARD));
    assertThat(
            run(
                    "",
                    filters(List.of(), List.of(), List.of(), null, null, null, List.of(), false),
                    SortOrder.DATE)
                .total())
        .isEqualTo(4);
  }

  @Test
  void amountSortPutsTheBiggestOrderFirstAndDocumentsWithoutMoneyLast() throws Exception {
    List<String> hits = ids(run("", DocumentFilters.NONE, SortOrder.AMOUNT));
    assertThat(hits.subList(0, 5))
        .containsExactlyElementsOf(
            ids(SHENZHEN_VRC_AWARD, NANJING_TENDER, NANJING_AWARD, STATE_GRID_VPP, MALICIOUS));
    assertThat(hits.subList(5, 7))
        .containsExactlyInAnyOrderElementsOf(ids(LOW_ALTITUDE_POLICY, DATA_DRAFT));
  }

  @Test
  void searchAfterWalksEveryDocumentOnceInTheSameOrderAsOnePage() throws Exception {
    for (SortOrder sort : SortOrder.values()) {
      List<String> onePage = ids(run("", DocumentFilters.NONE, sort));
      List<String> paged = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        SearchResult page =
            search.search(new DocumentQuery("", DocumentFilters.NONE, sort, 2, cursor, false));
        paged.addAll(ids(page));
        cursor = page.nextCursor();
        pages++;
      } while (cursor != null && pages < 10);
      assertThat(paged).as(sort.wireName()).containsExactlyElementsOf(onePage).hasSize(7);
    }
  }

  @Test
  void searchAfterPagesARankedQueryToo() throws Exception {
    SearchResult first =
        search.search(
            new DocumentQuery("低空", DocumentFilters.NONE, SortOrder.RELEVANCE, 2, null, false));
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.nextCursor()).isNotNull();
    SearchResult second =
        search.search(
            new DocumentQuery(
                "低空", DocumentFilters.NONE, SortOrder.RELEVANCE, 2, first.nextCursor(), false));
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    assertThat(ids(second)).hasSize(2);
  }

  @Test
  void aCursorThisServerDidNotIssueIsRefusedWithAnExplanation() {
    assertThatThrownBy(
            () -> search.search(DocumentQuery.of("", 5).withAfter("eyJtYXRjaF9hbGwiOnt9fQ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "search_after 'eyJtYXRjaF9hbGwiOnt9fQ' is not a cursor this server issued");
  }

  @Test
  void aCursorFromAnotherSortIsRefusedBeforeElasticsearchSeesIt() throws Exception {
    String byAmount =
        search
            .search(new DocumentQuery("", DocumentFilters.NONE, SortOrder.AMOUNT, 2, null, false))
            .nextCursor();
    assertThatThrownBy(
            () ->
                search.search(
                    new DocumentQuery(
                        "", DocumentFilters.NONE, SortOrder.DATE, 2, byAmount, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "search_after belongs to a different sort than sort=date without q; page with the"
                + " next_cursor of this same search, or start again without search_after");
  }

  @Test
  void queryDslTypedIntoAFilterIsJustAValueThatMatchesNothing() throws Exception {
    SearchResult result =
        run(
            "{\"match_all\":{}}",
            filters(
                List.of("{\"match_all\":{}}"),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                null),
            SortOrder.RELEVANCE);
    assertThat(result.total()).isZero();
  }

  @Test
  void highlightsMarkTheTypedWordsAndKeepCrawledMarkupAsText() throws Exception {
    SearchResult result = run("低空 项目", DocumentFilters.NONE, SortOrder.DATE);
    SearchResult.Hit tender =
        result.hits().stream()
            .filter(h -> h.id().equals(NANJING_TENDER.id()))
            .findFirst()
            .orElseThrow();
    SearchResult.Snippet title = tender.highlights().get("title").get(0);
    assertThat(title.text()).isEqualTo(NANJING_TENDER.title());
    assertThat(title.parts())
        .contains(new SearchResult.Part("低空", true), new SearchResult.Part("项目", true));

    SearchResult.Hit malicious =
        result.hits().stream().filter(h -> h.id().equals(MALICIOUS.id())).findFirst().orElseThrow();
    SearchResult.Snippet maliciousTitle = malicious.highlights().get("title").get(0);
    assertThat(maliciousTitle.text()).isEqualTo(MALICIOUS.title());
    assertThat(maliciousTitle.parts().get(0))
        .isEqualTo(new SearchResult.Part("<script>window.xssFired=1</script>成都市", false));
  }

  @Test
  void facetsCountAndSumMoneyPerThemeMonthAndProvince() throws Exception {
    SearchResult result =
        search.search(
            new DocumentQuery("", DocumentFilters.NONE, SortOrder.DATE, 0, null, true, true));
    assertThat(result.aggregations().get("themes"))
        .contains(new SearchResult.Bucket("low-altitude", 4, new BigDecimal("72800000.00")))
        .contains(new SearchResult.Bucket("vehicle-road-cloud", 1, new BigDecimal("128000000.00")));
    assertThat(result.aggregations().get("provinces"))
        .first()
        .isEqualTo(new SearchResult.Bucket("江苏省", 3, new BigDecimal("76400000.00")));
    assertThat(result.aggregations().get("months"))
        .contains(new SearchResult.Bucket("2024-04", 2, new BigDecimal("136600000.00")))
        .extracting(SearchResult.Bucket::key)
        .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05");
    // Listed companies and winners rank by money won, not by count.
    assertThat(result.aggregations().get("listed"))
        .extracting(SearchResult.Bucket::key)
        .containsExactly("深城交", "莱斯信息", "国网信通");
    assertThat(result.aggregations().get("winners"))
        .containsExactly(
            new SearchResult.Bucket("深圳市城市交通规划设计研究中心股份有限公司", 1, new BigDecimal("128000000.00")),
            new SearchResult.Bucket("南京莱斯信息技术股份有限公司", 1, new BigDecimal("32800000.00")),
            new SearchResult.Bucket("国网信息通信股份有限公司", 1, new BigDecimal("8600000.00")));
    // Each theme's months come from the same request (the dashboard's per-theme charts).
    assertThat(result.themeMonths().get("low-altitude"))
        .extracting(SearchResult.Bucket::key)
        .isEqualTo(
            monthsOf(
                search.search(
                    new DocumentQuery(
                        "", themeFilter("low-altitude"), SortOrder.DATE, 0, null, true))));
    assertThat(result.themeMonths().get("vehicle-road-cloud"))
        .containsExactly(new SearchResult.Bucket("2024-04", 1, new BigDecimal("128000000.00")));
    assertThat(result.themeMonths().keySet())
        .containsExactlyInAnyOrderElementsOf(
            result.aggregations().get("themes").stream().map(SearchResult.Bucket::key).toList());
    assertThat(result.hits()).isEmpty();
    assertThat(result.total()).isEqualTo(7);
  }

  @Test
  void theSearchPagesFacetsLeaveOutEachThemesMonths() throws Exception {
    SearchResult result =
        search.search(new DocumentQuery("", DocumentFilters.NONE, SortOrder.DATE, 0, null, true));

    assertThat(result.themeMonths()).isEmpty();
    assertThat(result.aggregations().get("themes")).isNotEmpty();
    assertThat(result.aggregations().get("months")).isNotEmpty();
  }

  @Test
  void facetsFollowTheQueryAndFilters() throws Exception {
    SearchResult result =
        search.search(
            new DocumentQuery(
                "中标",
                filters(List.of(), List.of(), List.of("江苏省"), null, null, null, List.of(), null),
                SortOrder.DATE,
                10,
                null,
                true));
    assertThat(result.aggregations().get("doc_types"))
        .extracting(SearchResult.Bucket::key)
        .containsExactlyInAnyOrder("award_result", "award_candidate");
  }
}
