package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The cut-short check searches the page in place, in any case, from either end
 * (SourceCrawler.tagAt).
 */
class TruncatedPageTest {

  @Test
  void findsATagInAnyCaseFromEitherEnd() {
    String page = "<!DOCTYPE html><HTML lang=zh><body>a < b</body></Html >";
    assertThat(SourceCrawler.tagAt(page, "<html", true)).isTrue();
    assertThat(SourceCrawler.tagAt(page, "</html", false)).isTrue();
    assertThat(SourceCrawler.tagAt(page, "<html", false)).isTrue();
    assertThat(SourceCrawler.tagAt(page, "</html", true)).isTrue();
  }

  @Test
  void aPageWithoutItsClosingTagHasNone() {
    String cut = "<html><head><title>通知</title></head><body><p>预算金额：120万元 <";
    assertThat(SourceCrawler.tagAt(cut, "<html", true)).isTrue();
    assertThat(SourceCrawler.tagAt(cut, "</html", false)).isFalse();
    assertThat(SourceCrawler.tagAt("", "<html", true)).isFalse();
    assertThat(SourceCrawler.tagAt("<", "</html", false)).isFalse();
    assertThat(SourceCrawler.tagAt("</htm", "</html", false)).isFalse();
  }
}
