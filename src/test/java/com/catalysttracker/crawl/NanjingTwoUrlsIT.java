package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.SeenAt;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.lifecycle.DocumentLinker;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * nanjing-gov publishes one 规范性文件 in two columns under two ids (TRS copies it). Crawled into a real
 * Elasticsearch through the linker, as the service wires it, both pages are fetched and the index
 * holds one document whose seen_at lists both addresses.
 */
class NanjingTwoUrlsIT {

  static final String ZDGK = "https://www.nanjing.gov.cn/zdgk/202412/t20241202_5021477.html";
  static final String GFXWJ =
      "https://www.nanjing.gov.cn/xxgkn/szgfxwj/202412/t20241202_5021503.html";

  @Test
  void oneDocumentAtTwoUrlsIsFetchedTwiceAndIndexedOnceWithBothInSeenAt() throws Exception {
    ElasticsearchClient client = TestElasticsearch.client();
    // A fresh prefix per run: the shared test node keeps earlier runs' crawl-state, which would
    // (rightly) spare both detail pages this test needs fetched.
    IndexNames names =
        new IndexNames(
            TestElasticsearch.prefixFor(NanjingTwoUrlsIT.class)
                + Long.toString(System.nanoTime(), 36)
                + "-");
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    DocumentIndex documents =
        new DocumentIndex(
            client, names, ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    DocumentLinker linker = new DocumentLinker(client, names);
    ElasticsearchCrawlState state = new ElasticsearchCrawlState(client, names.crawlState());
    DocumentSink sink = document -> documents.index(linker.link(document).document());

    try (FixtureServer server = Sites.serve("nanjing-gov")) {
      CrawlEngine engine =
          new CrawlEngine(
              new HostThrottle(),
              new Extractors(Fixtures.reference()),
              state,
              sink,
              HealthListener.NONE);
      CrawlSummary run =
          engine
              .crawl(Fixtures.source("nanjing-gov"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(run.failed()).as(run.problems().toString()).isZero();

      assertThat(server.requests("www.nanjing.gov.cn", "/zdgk/202412/t20241202_5021477.html"))
          .hasSize(1);
      assertThat(
              server.requests("www.nanjing.gov.cn", "/xxgkn/szgfxwj/202412/t20241202_5021503.html"))
          .hasSize(1);

      documents.refresh();
      Optional<Document> first = documents.get(DocumentIds.forUrl(ZDGK));
      Optional<Document> second = documents.get(DocumentIds.forUrl(GFXWJ));
      assertThat(first.isPresent() ^ second.isPresent())
          .as("exactly one of the two addresses holds the document")
          .isTrue();
      Document held = first.or(() -> second).orElseThrow();
      assertThat(held.seenAt()).extracting(SeenAt::url).containsExactlyInAnyOrder(ZDGK, GFXWJ);
      assertThat(held.docNumber()).isEqualTo("宁政办规字〔2024〕9号");
      // Nine pages, eight announcements.
      assertThat(documents.count()).isEqualTo(Fixtures.expected("nanjing-gov").size() - 1);
    }
  }
}
