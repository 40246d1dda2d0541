package com.catalysttracker.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.SeenAt;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** One announcement on two sites becomes one document; a project's notices form a timeline. */
class DocumentLinkerIT {
  private final ElasticsearchClient client = TestElasticsearch.client();
  private IndexNames names;
  private DocumentIndex index;
  private DocumentLinker linker;

  @BeforeEach
  void freshIndex(TestInfo test) {
    names =
        new IndexNames(
            TestElasticsearch.prefixFor(DocumentLinkerIT.class)
                + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT)
                + "-");
    TestElasticsearch.deleteIndices(names.prefix());
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    index = new DocumentIndex(client, names, ChineseSegmenter.withWords(List.of()));
    linker = new DocumentLinker(client, names);
  }

  private DocumentLinker.Outcome store(Document document) throws Exception {
    DocumentLinker.Linked linked = linker.link(document);
    index.index(linked.document());
    return linked.outcome();
  }

  // The fixtures publish this policy on gov.cn and on the NDRC and NEA sites (issue #6).
  private static final Document ON_NDRC =
      Announcements.policy(
          "ndrc",
          "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202503/t20250325_1396812.html",
          "国家发展改革委 国家能源局关于加快推进虚拟电厂发展的指导意见",
          "发改能源〔2025〕357号",
          null,
          LocalDate.of(2025, 3, 25));
  private static final Document ON_NEA =
      Announcements.policy(
          "nea",
          "https://www.nea.gov.cn/20250328/294580164b08f6615ff80b1fd3c3077a/c.html",
          "国家发展改革委 国家能源局关于加快推进虚拟电厂发展的指导意见",
          "发改能源〔2025〕357号",
          null,
          LocalDate.of(2025, 3, 28));

  @Test
  void aSecondSightingSecondsLaterMergesIntoOneDocumentListingBothAddresses() throws Exception {
    assertThat(store(ON_NDRC)).isEqualTo(DocumentLinker.Outcome.NEW);
    assertThat(store(ON_NEA)).isEqualTo(DocumentLinker.Outcome.MERGED);
    index.refresh();

    assertThat(index.count()).isEqualTo(1);
    Document held = index.get(ON_NDRC.id()).orElseThrow();
    assertThat(held.seenAt())
        .containsExactly(new SeenAt("ndrc", ON_NDRC.url()), new SeenAt("nea", ON_NEA.url()));
    assertThat(held.published()).isEqualTo(LocalDate.of(2025, 3, 25));
  }

  @Test
  void aLaterProcessFindsTheHeldDocumentThroughTheIndex() throws Exception {
    store(ON_NDRC);
    index.refresh();

    // A fresh linker has no memory of recent keys: the search on identity_keys must find it.
    linker = new DocumentLinker(client, names);
    assertThat(store(ON_NEA)).isEqualTo(DocumentLinker.Outcome.MERGED);
    index.refresh();
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void aNewVersionAtTheSameUrlKeepsTheAddressesOtherSitesGave() throws Exception {
    store(ON_NDRC);
    store(ON_NEA);
    Document revised =
        new Document(
            ON_NDRC.id(),
            ON_NDRC.source(),
            ON_NDRC.url(),
            List.of(),
            ON_NDRC.title(),
            ON_NDRC.docType(),
            ON_NDRC.published(),
            ON_NDRC.issuer(),
            ON_NDRC.issuerLevel(),
            ON_NDRC.docNumber(),
            ON_NDRC.region(),
            null,
            null,
            null,
            null,
            List.of(),
            null,
            List.of(),
            "修订后的正文。",
            "new-hash",
            ON_NDRC.fetchedAt(),
            List.of());

    assertThat(store(revised)).isEqualTo(DocumentLinker.Outcome.UPDATED);
    Document held = index.get(ON_NDRC.id()).orElseThrow();
    assertThat(held.text()).isEqualTo("修订后的正文。");
    assertThat(held.seenAt())
        .extracting(SeenAt::url)
        .containsExactlyInAnyOrder(ON_NDRC.url(), ON_NEA.url());
  }

  @Test
  void aTendersNoticesFormOneTimelineInLifecycleOrder() throws Exception {
    String code = "YYCG2026-0915";
    Document award =
        Announcements.procurement(
            "ggzy",
            "https://www.ggzy.gov.cn/information/html/b/430000/0201/202610/20/award.shtml",
            "岳阳市低空监视网建设项目中标（成交）结果公告",
            DocType.AWARD_RESULT,
            code,
            LocalDate.of(2026, 10, 20),
            new BigDecimal("23560000"));
    Document tender =
        Announcements.procurement(
            "ggzy",
            "https://www.ggzy.gov.cn/information/html/b/430000/0101/202609/15/tender.shtml",
            "岳阳市低空监视网建设项目公开招标公告",
            DocType.TENDER_NOTICE,
            code,
            LocalDate.of(2026, 9, 15),
            null);
    Document other =
        Announcements.procurement(
            "ggzy",
            "https://www.ggzy.gov.cn/x.shtml",
            "另一个项目招标公告",
            DocType.TENDER_NOTICE,
            "OTHER-1",
            LocalDate.of(2026, 9, 16),
            null);
    for (Document document : List.of(award, tender, other)) {
      assertThat(store(document)).isEqualTo(DocumentLinker.Outcome.NEW);
    }
    index.refresh();

    List<Document> timeline = new ProjectTimeline(client, names).of(code);

    assertThat(timeline)
        .extracting(Document::docType)
        .containsExactly(DocType.TENDER_NOTICE, DocType.AWARD_RESULT);
    assertThat(new ProjectTimeline(client, names).of("NO-SUCH-CODE")).isEmpty();
  }
}
