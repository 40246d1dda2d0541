package com.catalysttracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void quotedPartsArePhrasesAndTheRestAreTerms() {
    SearchQuery query = SearchQuery.parse("\"车路云一体化\" 试点 江苏");
    assertThat(query.phrases()).containsExactly("车路云一体化");
    assertThat(query.terms()).containsExactly("试点", "江苏");
  }

  @Test
  void acceptsChineseQuotationMarksAndIdeographicSpaces() {
    SearchQuery query = SearchQuery.parse("“低空经济”\u3000无人机");
    assertThat(query.phrases()).containsExactly("低空经济");
    assertThat(query.terms()).containsExactly("无人机");
  }

  @Test
  void anUnbalancedQuoteIsTreatedAsPlainText() {
    SearchQuery query = SearchQuery.parse("虚拟电厂\"");
    assertThat(query.phrases()).isEmpty();
    assertThat(query.terms()).containsExactly("虚拟电厂");
  }

  @Test
  void blankInputIsEmpty() {
    assertThat(SearchQuery.parse("  \"\" ").isEmpty()).isTrue();
  }
}
