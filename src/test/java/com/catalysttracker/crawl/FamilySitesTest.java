package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.source.SourceDefinitionLoader;
import com.catalysttracker.testsupport.Sites;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The families of issue #5's last three sources (caac's WAS5 search, Anhui's label endpoint, 开普云's
 * POST loader) beyond what {@link PolicySourcesTest} checks for every policy source: the site's own
 * anti-bot shell is a block page, and a new site of a family is a YAML file and no Java.
 */
class FamilySitesTest {

  /**
   * The anti-bot shell caac answers a GET (or an odd POST) with: status 200, a cookie script that
   * reloads.
   */
  @Test
  void caacsOwnAntiBotShellInPlaceOfTheSearchMarksTheSourceBlocked() throws Exception {
    byte[] shell =
        Files.readAllBytes(
            Sites.dir("caac").resolve("site/www.caac.gov.cn/was5/web/search__shell.html"));
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("caac")) {
      server.answer(
          "www.caac.gov.cn",
          "/was5/web/search",
          Answer.bytes(200, "text/html;charset=UTF-8", shell));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(sink.writes).isZero();
      assertThat(run.detailRequests()).isZero();
      // The run stops at the first shell: the other three columns are not asked for.
      assertThat(server.requests("www.caac.gov.cn", "/was5/web/search")).hasSize(1);
      assertThat(state.health("caac"))
          .hasValueSatisfying(
              h -> {
                assertThat(h.blocked()).isTrue();
                assertThat(h.problems())
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("location.reload()")
                                .contains("/was5/web/search"));
              });
    }
  }

  /** detail.block-markers: the WAF challenges a content page, not the list; the run stops there. */
  @Test
  void aChallengeInPlaceOfADetailPageMarksTheSourceBlockedAndStopsTheRun() {
    String challenged = "/XXGK/XXGK/TZTG/202410/t20241015_225631.html";
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("caac")) {
      server.answer(
          "www.caac.gov.cn",
          challenged,
          Answer.text(200, "text/html", PolicySourcesTest.JS_CHALLENGE, StandardCharsets.UTF_8));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      // The newest item came before the challenged one; nothing after it was asked for.
      assertThat(sink.documents.keySet())
          .containsExactly("https://www.caac.gov.cn/XXGK/XXGK/TZTG/202411/t20241128_226105.html");
      assertThat(server.requests("www.caac.gov.cn", "/XXGK/XXGK/TZTG/202408/t20240820_224970.html"))
          .isEmpty();
      assertThat(run.problems())
          .anySatisfy(p -> assertThat(p).contains(challenged).contains("__jsl_clearance"));
      assertThat(state.health("caac"))
          .hasValueSatisfying(
              h -> {
                assertThat(h.blocked()).isTrue();
                assertThat(h.lastBlocked()).isNotNull();
              });
    }
  }

  /**
   * 加速乐 answers its cookie challenge with HTTP 521: the block-markers make it a block, asked for
   * once (not retried as a struggling server would be), and the run stops as for a 200 challenge.
   */
  @Test
  void aChallengeAnsweredWithAnErrorStatusIsABlockAndNotRetried() {
    String challenged = "/XXGK/XXGK/TZTG/202410/t20241015_225631.html";
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("caac")) {
      server.answer(
          "www.caac.gov.cn",
          challenged,
          Answer.text(521, "text/html", PolicySourcesTest.JS_CHALLENGE, StandardCharsets.UTF_8));
      CrawlSummary run =
          Fixtures.engine(state, sink)
              .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();

      assertThat(server.requests("www.caac.gov.cn", challenged)).hasSize(1);
      assertThat(server.requests("www.caac.gov.cn", "/XXGK/XXGK/TZTG/202408/t20240820_224970.html"))
          .isEmpty();
      assertThat(run.problems())
          .anySatisfy(
              p ->
                  assertThat(p)
                      .contains(challenged)
                      .contains("HTTP 521")
                      .contains("__jsl_clearance")
                      .contains("not retried"));
      assertThat(state.health("caac")).hasValueSatisfying(h -> assertThat(h.blocked()).isTrue());
    }
  }

  /** The same status without a block marker is server trouble: retried, and no block. */
  @Test
  void anErrorStatusWithoutABlockMarkerIsRetriedAndIsNoBlock() {
    String failing = "/XXGK/XXGK/TZTG/202410/t20241015_225631.html";
    InMemoryCrawlState state = new InMemoryCrawlState();
    try (FixtureServer server = Sites.serve("caac")) {
      server.answer(
          "www.caac.gov.cn",
          failing,
          Answer.text(
              521, "text/html", "<html><body>origin down</body></html>", StandardCharsets.UTF_8));
      Fixtures.engine(state, new CollectingSink())
          .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();

      assertThat(server.requests("www.caac.gov.cn", failing)).hasSize(3);
      assertThat(state.health("caac")).hasValueSatisfying(h -> assertThat(h.blocked()).isFalse());
    }
  }

  @Test
  void caacSearchesArePostedAsTheColumnShellsFormWithItsReferer() {
    try (FixtureServer server = Sites.serve("caac")) {
      Fixtures.engine(new InMemoryCrawlState(), new CollectingSink())
          .crawl(Fixtures.source("caac"), Fixtures.options(server), CrawlListener.NONE)
          .orElseThrow();
      var searches = server.requests("www.caac.gov.cn", "/was5/web/search");
      assertThat(searches)
          .isNotEmpty()
          .allSatisfy(
              r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.header("Referer")).startsWith("https://www.caac.gov.cn/XXGK/XXGK/");
              });
    }
  }

  /**
   * A 开普云 site not in crawlers/: the loader walked per channel, the interpretation reached by
   * detail.follow.
   */
  @Test
  void aNewKaipuyunSiteWrittenAsYamlOnlyCrawlsItsChannels(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("suzhou-channels.yml");
    Files.writeString(
        file,
        """
        id: suzhou-channels
        name: 苏州市政府文件（按频道）
        kind: policy
        family: kaipuyun
        site: {hosts: [www.suzhou.gov.cn]}
        lists:
          - name: 市政府文件
            format: json
            method: POST
            url: https://www.suzhou.gov.cn/szinf/xxgk/interfacesWebZcwj/loadData?pageSize=15
            form: {pageIndex: "{page}", channel_id: dc1a3f5691e541108d5a18bdd028949b}
            headers: {Referer: 'https://www.suzhou.gov.cn/szsrmzf/zfxxgkzl/xxgkml.shtml?para=zcwj'}
            paging: {pages: data.totalPage}
            items: {path: 'data.list.*', link: URL, title: TITLE, date: PUBLISHED_TIME_FORMAT}
          - name: 市政府办公室文件
            format: json
            method: POST
            url: https://www.suzhou.gov.cn/szinf/xxgk/interfacesWebZcwj/loadData?pageSize=15
            form: {pageIndex: "{page}", channel_id: 32e8b8da70fe416898b0249a9fb113d8}
            headers: {Referer: 'https://www.suzhou.gov.cn/szsrmzf/zfxxgkzl/xxgkml.shtml?para=zcwj'}
            paging: {pages: data.totalPage}
            items: {path: 'data.list.*', link: URL, title: TITLE, date: PUBLISHED_TIME_FORMAT}
        detail:
          title: [div.article-title]
          published: ['regex:发布日期 ?: ?(\\d{4}-\\d{2}-\\d{2})']
          follow: ['div.article-auxi-rel a[href]']
        """,
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("suzhou-gov")) {
      CrawlSummary run =
          Fixtures.engine(new InMemoryCrawlState(), sink)
              .crawl(load(file), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(run.failed()).as(run.problems().toString()).isZero();
      assertThat(server.requests("www.suzhou.gov.cn", "/szinf/xxgk/interfacesWebZcwj/loadData"))
          .allSatisfy(r -> assertThat(r.header("Referer")).endsWith("xxgkml.shtml?para=zcwj"));
    }
    List<JsonNode> want =
        Fixtures.expected("suzhou-gov").stream()
            .filter(d -> d.get("url").asText().matches(".*/szsrmzf/(zfwj|zfbgswj|zcjd)/.*"))
            .toList();
    assertThat(want).hasSize(6);
    assertSameDocuments(sink, want);
  }

  /**
   * An Anhui platform site not in crawlers/: only two column shells; the label's ids come from
   * them.
   */
  @Test
  void aNewAnhuiLabelSiteWrittenAsYamlOnlyCrawlsItsColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ah-zcjd.yml");
    Files.writeString(
        file,
        """
        id: ah-zcjd
        name: 安徽省政策解读与征求意见
        kind: policy
        family: anhui-label
        site: {hosts: [www.ah.gov.cn]}
        lists:
          - name: 政策解读
            discover:
              url: https://www.ah.gov.cn/public/column/1681?type=4&action=list&nav=3&catId=6711091
              values: &ids
                label: 'regex:url:\\s*"/site/label/(\\d+)"'
                site: 'regex:siteId:\\s*"(\\d+)"'
                organ: 'regex:organId:\\s*"(\\d+)"'
                cat: 'regex:catId:\\s*"(\\d+)"'
                file: 'regex:file:\\s*"([^"]+)"'
            url: &label 'https://www.ah.gov.cn/site/label/{label}?IsAjax=1&dataType=html&labelName=publicInfoList&siteId={site}&pageSize=18&pageIndex={page}&organId={organ}&type=4&catId={cat}&file={file}'
            paging: {pages: 'regex:pageCount:\\s*\\(?\\s*(\\d+)'}
            items: &items {select: div.xxgk_navli, link: li.mc a.title@href, title: li.mc a.title@title, date: li.rq}
          - name: 征求意见
            discover:
              url: https://www.ah.gov.cn/public/column/1681?type=4&action=list&nav=3&catId=6719361
              values: *ids
            url: *label
            paging: {pages: 'regex:pageCount:\\s*\\(?\\s*(\\d+)'}
            items: *items
        detail:
          title: [h1.wztit]
          published: ['cell:发布日期']
        """,
        StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = Sites.serve("ah-gov")) {
      CrawlSummary run =
          Fixtures.engine(new InMemoryCrawlState(), sink)
              .crawl(load(file), Fixtures.options(server), CrawlListener.NONE)
              .orElseThrow();
      assertThat(run.failed()).as(run.problems().toString()).isZero();
      assertThat(server.requests("www.ah.gov.cn", "/site/label/8888"))
          .isNotEmpty()
          .allSatisfy(
              r -> assertThat(r.rawQuery()).contains("siteId=6781961").contains("organId=1681"));
    }
    List<JsonNode> want =
        Fixtures.expected("ah-gov").stream()
            .filter(d -> d.get("doc_type").asText().matches("policy_interpretation|policy_draft"))
            .toList();
    assertThat(want).hasSize(2);
    assertSameDocuments(sink, want);
  }

  private static SourceDefinition load(Path file) {
    Map<String, String> families =
        SourceCatalog.readFamilies(Fixtures.CRAWLERS.resolve(SourceCatalog.FAMILIES_FILE));
    return new SourceDefinitionLoader(Map.of(), families.keySet()).load(file);
  }

  private static void assertSameDocuments(CollectingSink sink, List<JsonNode> want) {
    assertThat(sink.documents.keySet())
        .containsExactlyInAnyOrderElementsOf(
            want.stream().map(d -> d.get("url").asText()).toList());
    for (JsonNode w : want) {
      var got = sink.documents.get(w.get("url").asText());
      assertThat(got.title()).isEqualTo(w.get("title").asText());
      assertThat(got.published()).hasToString(w.get("published").asText());
      assertThat(got.docType().wireName()).isEqualTo(w.get("doc_type").asText());
    }
  }
}
