package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaseUrlRewriterTest {

  private final BaseUrlRewriter rewriter =
      BaseUrlRewriter.to(
          URI.create("http://127.0.0.1:8000"),
          Set.of("www.ccgp.gov.cn", "search.ccgp.gov.cn"),
          "https");

  @Test
  void rewritesTheSourcesHostsUnderTheBaseUrl() {
    assertThat(rewriter.toLocal(URI.create("https://www.ccgp.gov.cn/cggg/dfgg/")))
        .isEqualTo(URI.create("http://127.0.0.1:8000/www.ccgp.gov.cn/cggg/dfgg/"));
    assertThat(
            rewriter.toLocal(
                URI.create("http://search.ccgp.gov.cn/bxsearch?kw=%E4%BD%8E&page_index=2#top")))
        .isEqualTo(
            URI.create(
                "http://127.0.0.1:8000/search.ccgp.gov.cn/bxsearch?kw=%E4%BD%8E&page_index=2"));
    assertThat(rewriter.toLocal(URI.create("https://www.ccgp.gov.cn")))
        .isEqualTo(URI.create("http://127.0.0.1:8000/www.ccgp.gov.cn/"));
  }

  @Test
  void leavesOtherHostsAlone() {
    URI elsewhere = URI.create("https://oss.example.org/file.pdf");
    assertThat(rewriter.toLocal(elsewhere)).isEqualTo(elsewhere);
  }

  @Test
  void mapsLocalUrlsBackToTheRealSiteWithItsScheme() {
    assertThat(
            rewriter.toReal(
                URI.create("http://127.0.0.1:8000/www.ccgp.gov.cn/cggg/dfgg/index_1.htm")))
        .isEqualTo(URI.create("https://www.ccgp.gov.cn/cggg/dfgg/index_1.htm"));
    assertThat(rewriter.toReal(URI.create("http://127.0.0.1:8000/search.ccgp.gov.cn?kw=x")))
        .isEqualTo(URI.create("https://search.ccgp.gov.cn/?kw=x"));
    assertThat(rewriter.isLocal(URI.create("https://www.ccgp.gov.cn/"))).isFalse();
  }

  @Test
  void roundTripsWithABaseUrlThatHasAPath() {
    BaseUrlRewriter prefixed =
        BaseUrlRewriter.to(
            URI.create("http://127.0.0.1:9000/mirror/"), Set.of("www.sz.gov.cn"), "http");
    URI real = URI.create("http://www.sz.gov.cn/gkmlpt/api/all/5?page=2");
    URI local = prefixed.toLocal(real);
    assertThat(local)
        .isEqualTo(
            URI.create("http://127.0.0.1:9000/mirror/www.sz.gov.cn/gkmlpt/api/all/5?page=2"));
    assertThat(prefixed.toReal(local)).isEqualTo(real);
  }

  @Test
  void identityRewritesNothing() {
    URI real = URI.create("https://www.ccgp.gov.cn/cggg/");
    assertThat(BaseUrlRewriter.identity().toLocal(real)).isEqualTo(real);
    assertThat(BaseUrlRewriter.identity().toReal(real)).isEqualTo(real);
  }

  @Test
  void rejectsABaseUrlWithoutHttpSchemeNamingIt() {
    assertThatThrownBy(() -> BaseUrlRewriter.to(URI.create("localhost:8000"), Set.of("a"), "https"))
        .hasMessageContaining("--base-url")
        .hasMessageContaining("localhost:8000");
    assertThatThrownBy(() -> BaseUrlRewriter.to(URI.create("/mirror"), Set.of("a"), "https"))
        .hasMessageContaining("--base-url");
  }
}
