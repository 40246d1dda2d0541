package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.source.ListSpec;
import com.catalysttracker.source.SourceDefinition;
import com.catalysttracker.testsupport.Answer;
import com.catalysttracker.testsupport.FixtureServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy sites of issue #5, each crawled from its site copy over real HTTP with its
 * {@code crawlers/} definition: a full crawl yields every document of expected.json (url, title,
 * published, doc_type), a second crawl fetches no detail page again, and a block page answered with
 * status 200 in place of the first list marks the source blocked and indexes nothing.
 */
class PolicySourcesTest {

  /** A 加速乐-style JS challenge as Anhui and caac hosts answer it: status 200, no list, a cookie script. */
  static final String JS_CHALLENGE = "<html><head><meta charset=\"utf-8\"></head><body><script>"
      + "document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('_')+('s')"
      + "+('=')+(+new Date())+';max-age=3600;path=/';var __jsl_clearance_s='1';location.href=location.pathname+location.search"
      + "</script></body></html>";

  @ParameterizedTest
  @ValueSource(strings = {"nanjing-gov", "mot", "ndrc", "sz-gov", "sz-longhua-gov", "nda", "nea", "miit"})
  void aFullCrawlFindsEveryExpectedDocumentAndASecondFetchesNoDetailAgain(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    try (FixtureServer server = FixtureServer.start(id)) {
      CrawlEngine engine = Fixtures.engine(state, sink);
      CrawlSummary first = engine.crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE).orElseThrow();
      System.out.println(id + " first:  " + first.line() + "  " + first.problems());

      assertThat(ReferenceSourcesTest.compare(id, sink.documents.values().stream().toList()))
          .as(id + " documents against expected.json").isEmpty();
      assertThat(first.failed()).as(first.problems().toString()).isZero();
      assertThat(first.newDocuments()).isEqualTo(Fixtures.expected(id).size());

      server.clearRequests();
      CrawlSummary second = engine.crawl(Fixtures.source(id), Fixtures.options(server), CrawlListener.NONE).orElseThrow();
      System.out.println(id + " second: " + second.line());
      assertThat(second.detailRequests()).as("detail requests in the second crawl").isZero();
      assertThat(second.newDocuments() + second.changed() + second.failed()).isZero();
      assertThat(state.health(id)).hasValueSatisfying(h -> assertThat(h.blocked()).isFalse());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nanjing-gov", "mot", "ndrc", "sz-gov", "sz-longhua-gov", "nda", "nea", "miit"})
  void aBlockPageInPlaceOfTheFirstListMarksTheSourceBlockedAndIndexesNothing(String id) {
    InMemoryCrawlState state = new InMemoryCrawlState();
    CollectingSink sink = new CollectingSink();
    SourceDefinition source = Fixtures.source(id);
    URI firstList = firstRequest(source.lists().get(0));
    try (FixtureServer server = FixtureServer.start(id)) {
      server.answer(firstList.getHost(), firstList.getPath(), Answer.text(200, "text/html", JS_CHALLENGE, StandardCharsets.UTF_8));
      CrawlSummary run = Fixtures.engine(state, sink).crawl(source, Fixtures.options(server), CrawlListener.NONE).orElseThrow();

      assertThat(sink.writes).as("documents indexed from a blocked site").isZero();
      assertThat(run.detailRequests()).isZero();
      assertThat(run.problems()).anySatisfy(p -> assertThat(p).contains("block page").contains(firstList.getPath()));
      assertThat(state.health(id)).hasValueSatisfying(h -> {
        assertThat(h.blocked()).isTrue();
        assertThat(h.lastBlocked()).isNotNull();
        assertThat(h.healthy()).isFalse();
        assertThat(h.problems()).anySatisfy(p -> assertThat(p).startsWith("blocked:"));
      });
    }
  }

  private static URI firstRequest(ListSpec list) {
    return URI.create(list.discover() != null ? list.discover().url() : list.first().url(1, null));
  }
}
