package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's `crawlers status` rows, read back from a real Elasticsearch after real crawls: a
 * source crawled from its fixture is healthy with its documents counted, one answered with a JS
 * challenge is blocked with the time it was, one never crawled says so.
 */
class SourceStatusReaderIT {

  @Test
  void statusRowsShowHealthBlockedAndDocumentsPerSourceAsTheCrawlerLeftThem() throws Exception {
    ElasticsearchClient client = TestElasticsearch.client();
    // A fresh prefix per run: the shared node keeps earlier runs' crawl-state and documents.
    IndexNames names =
        new IndexNames(
            TestElasticsearch.prefixFor(SourceStatusReaderIT.class)
                + Long.toString(System.nanoTime(), 36)
                + "-");
    new IndexConfigApplier(client, Path.of("index-config"), names).apply();
    DocumentIndex documents =
        new DocumentIndex(
            client, names, ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    ElasticsearchCrawlState state = new ElasticsearchCrawlState(client, names.crawlState());
    CrawlEngine engine =
        new CrawlEngine(
            new HostThrottle(),
            new Extractors(Fixtures.reference()),
            state,
            documents::index,
            HealthListener.NONE);
    Instant before = Instant.now();

    try (FixtureServer server = Sites.serve("ah-gov")) {
      CrawlSummary run =
          engine
              .crawl(Fixtures.source("ah-gov"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(run.failed()).as(run.problems().toString()).isZero();
    }
    try (FixtureServer server = Sites.serve("caac")) {
      server.answer(
          "www.caac.gov.cn",
          "/was5/web/search",
          Answer.text(200, "text/html", PolicySourcesTest.JS_CHALLENGE, StandardCharsets.UTF_8));
      engine
          .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
    }
    documents.refresh();
    state.refresh();

    List<SourceStatus> rows =
        new SourceStatusReader(client, names)
            .read(
                List.of(
                    Fixtures.source("ah-gov"),
                    Fixtures.source("caac"),
                    Fixtures.source("suzhou-gov")));

    assertThat(rows).extracting(SourceStatus::id).containsExactly("ah-gov", "caac", "suzhou-gov");
    SourceStatus ah = rows.get(0);
    assertThat(ah.family()).isEqualTo("anhui-label");
    assertThat(ah.kind()).isEqualTo("policy");
    assertThat(ah.verdict()).isEqualTo(SourceStatus.Health.HEALTHY);
    assertThat(ah.documents()).isEqualTo(Fixtures.expected("ah-gov").size());
    assertThat(ah.lastRun()).isAfterOrEqualTo(before);
    assertThat(ah.lastSuccess()).isEqualTo(ah.lastRun());
    assertThat(ah.lastBlocked()).isNull();

    SourceStatus caac = rows.get(1);
    assertThat(caac.family()).isEqualTo("trs-was5");
    assertThat(caac.verdict()).isEqualTo(SourceStatus.Health.BLOCKED);
    assertThat(caac.documents()).isZero();
    assertThat(caac.lastBlocked()).isAfterOrEqualTo(before);
    assertThat(caac.problems()).anySatisfy(p -> assertThat(p).startsWith("blocked:"));

    SourceStatus suzhou = rows.get(2);
    assertThat(suzhou.verdict()).isEqualTo(SourceStatus.Health.NEVER_RUN);
    assertThat(suzhou.lastRun()).isNull();
    assertThat(suzhou.documents()).isZero();
  }
}
