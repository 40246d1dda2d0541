package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.testsupport.Sites;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy sites of issue #5, each crawled from its site copy over real HTTP with its {@code
 * crawlers/} definition: a full crawl yields every document of expected.json (url, title,
 * published, doc_type), a second crawl fetches no detail page again, and a block page answered with
 * status 200 in place of the first list marks the source blocked and indexes nothing.
 */
class PolicySourcesTest {

  /**
   * A 加速乐-style JS challenge as Anhui and caac hosts answer it: status 200, no list, a cookie
   * script.
   */
  static final String JS_CHALLENGE =
      "<html><head><meta charset=\"utf-8\"></head><body><script>"
          + "document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('_')+('s')"
          + "+('=')+(+new Date())+';max-age=3600;path=/';var __jsl_clearance_s='1';location.href=location.pathname+location.search"
          + "</script></body></html>";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nanjing-gov",
        "mot",
        "ndrc",
        "sz-gov",
        "sz-longhua-gov",
        "nda",
        "nea",
        "miit",
        "caac",
        "ah-gov",
        "suzhou-gov"
      })
  void aFullCrawlFindsEveryExpectedDocumentAndASecondFetchesNoDetailAgain(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve(id)) {
      CrawlEngine engine = Fixtures.engine(state, sink);
      CrawlSummary first =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " first:  " + first.line() + "  " + first.problems());

      assertThat(ReferenceSourcesTest.compare(id, sink.documents.values().stream().toList()))
          .as(id + " documents against expected.json")
          .isEmpty();
      assertThat(first.failed()).as(first.problems().toString()).isZero();
      assertThat(first.newDocuments()).isEqualTo(Fixtures.expected(id).size());

      server.clearRequests();
      CrawlSummary second =
          engine
              .crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      System.out.println(id + " second: " + second.line());
      assertThat(second.detailRequests()).as("detail requests in the second crawl").isZero();
      assertThat(second.newDocuments() + second.changed() + second.failed()).isZero();
      assertThat(state.health(id)).hasValueSatisfying(h -> assertThat(h.blocked()).isFalse());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nanjing-gov",
        "mot",
        "ndrc",
        "sz-gov",
        "sz-longhua-gov",
        "nda",
        "nea",
        "miit",
        "caac",
        "ah-gov",
        "suzhou-gov"
      })
  void aBlockPageInPlaceOfTheFirstListMarksTheSourceBlockedAndIndexesNothing(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    SourceDefinition source = Fixtures.source(id);
    URI firstList = firstRequest(source.lists().get(0));
    try (FixtureServer server = Sites.serve(id)) {
      server.answer(
          firstList.getHost(),
          firstList.getPath(),
          Answer.text(200, "text/html", JS_CHALLENGE, StandardCharsets.UTF_8));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(source, Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(sink.writes).as("documents indexed from a blocked site").isZero();
      assertThat(run.detailRequests()).isZero();
      assertThat(run.problems())
          .anySatisfy(p -> assertThat(p).contains("block page").contains(firstList.getPath()));
      assertThat(state.health(id))
          .hasValueSatisfying(
              h -> {
                assertThat(h.blocked()).isTrue();
                assertThat(h.lastBlocked()).isNotNull();
                assertThat(h.healthy()).isFalse();
                assertThat(h.problems()).anySatisfy(p -> assertThat(p).startsWith("blocked:"));
              });
    }
  }

  @org.junit.jupiter.api.Test
  void miitUnitCallsCarryTheColumnPageAsRefererAndTheIdsReadFromIt() {
    try (FixtureServer server = Sites.serve("miit")) {
      Fixtures.engine(new InMemoryCrawlState(), new CollectingSink())
          .crawl(Fixtures.source("miit"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
      var units =
          server.requests(
              "www.miit.gov.cn", "/api-gateway/jpaas-publish-server/front/page/build/unit");
      assertThat(units)
          .isNotEmpty()
          .allSatisfy(
              r ->
                  assertThat(r.header("Referer"))
                      .startsWith("https://www.miit.gov.cn/")
                      .endsWith("/index.html"));
      assertThat(
              units.stream()
                  .map(r -> r.rawQuery().replaceAll(".*pageId=([0-9a-f]{32}).*", "$1"))
                  .distinct())
          .as("the pageIds the four column pages carry")
          .containsExactlyInAnyOrder(
              "3e3ad1a3bec74939890a0d3e54815141",
              "9d46256cbc9c3ff1cbfa5ce021ee5efd",
              "1b56e5adc362428299dfc3eb444fe23a",
              "5900d2352ca57339972fd355cc95af57");
    }
  }

  /** A Guangdong site not in crawlers/: its definition, written here, names only its host. */
  @org.junit.jupiter.api.Test
  void aNewGkmlptSiteWrittenAsYamlOnlyCrawlsItsCatalogue(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("sz-gkml.yml");
    java.nio.file.Files.writeString(
        file,
        """
        id: sz-gkml
        name: 深圳市政府信息公开目录
        kind: policy
        site: {scheme: http, hosts: [www.sz.gov.cn], encoding: UTF-8}
        lists:
          - name: 信息公开目录
            format: json
            discover:
              url: http://www.sz.gov.cn/gkmlpt/index
              values:
                sid: 'regex:SID:\\s*.(\\d+).'
                category: 'regex:\\{"id":(\\d+),"name":"[^"]*","parent":\\d+,"post_count":\\d+,"jump_url":"","children":\\[\\]'
            url: http://www.sz.gov.cn/gkmlpt/api/all/{category}?page={page}&sid={sid}
            items: {path: 'articles.*', link: url, title: title, date: created_at}
        detail:
          title: [h1.title]
          published: ['cell:发布日期']
          issuer: ['cell:发布机构']
          doc-number: ['cell:文号']
          body: [div.article-content]
        """,
        StandardCharsets.UTF_8);
    SourceDefinition source =
        new com.catalysttracker.source.SourceDefinitionLoader(java.util.Map.of()).load(file);
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("sz-gov")) {
      CrawlSummary run =
          Fixtures.engine(new InMemoryCrawlState(), sink)
              .crawl(source, Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(run.failed()).as(run.problems().toString()).isZero();
    }
    var gkmlpt =
        Fixtures.expected("sz-gov").stream()
            .filter(d -> d.get("url").asText().contains("/gkmlpt/"))
            .toList();
    assertThat(gkmlpt).hasSize(5);
    assertThat(sink.documents.keySet())
        .containsExactlyInAnyOrderElementsOf(
            gkmlpt.stream().map(d -> d.get("url").asText()).toList());
    for (var want : gkmlpt) {
      var got = sink.documents.get(want.get("url").asText());
      assertThat(got.title()).isEqualTo(want.get("title").asText());
      assertThat(got.published()).hasToString(want.get("published").asText());
      assertThat(got.docType().wireName()).isEqualTo(want.get("doc_type").asText());
    }
  }

  private static URI firstRequest(ListSpec list) {
    return URI.create(list.discover() != null ? list.discover().url() : list.first().url(1, null));
  }
}
