package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.document.DocType;
import com.catalysttracker.search.DocumentQuery;
import com.catalysttracker.search.SortOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class SearchParamsTest {

  private static LinkedMultiValueMap<String, String> params(String... pairs) {
    LinkedMultiValueMap<String, String> map = new LinkedMultiValueMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.add(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void repeatedAndCommaSeparatedValuesAllCount() {
    DocumentQuery query =
        SearchParams.read(
            params(
                "q",
                " \"车路云\" 中标 ",
                "theme",
                "low-altitude,power-it",
                "theme",
                "data-elements",
                "doc_type",
                "award_result",
                "province",
                "江苏省，广东省",
                "from",
                "2024-01-01",
                "min_yuan",
                "10000000",
                "has_winner",
                "true",
                "sort",
                "amount",
                "size",
                "50",
                "aggs",
                "true"),
            20);
    assertThat(query.text()).isEqualTo("\"车路云\" 中标");
    assertThat(query.filters().themes())
        .containsExactly("low-altitude", "power-it", "data-elements");
    assertThat(query.filters().docTypes()).containsExactly(DocType.AWARD_RESULT);
    assertThat(query.filters().provinces()).containsExactly("江苏省", "广东省");
    assertThat(query.filters().publishedFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(query.filters().minYuan()).isEqualByComparingTo(new BigDecimal("10000000"));
    assertThat(query.filters().hasWinner()).isTrue();
    assertThat(query.sort()).isEqualTo(SortOrder.AMOUNT);
    assertThat(query.size()).isEqualTo(50);
    assertThat(query.aggregations()).isTrue();
  }

  @Test
  void aMisspeltParameterIsRefusedInsteadOfShowingEverything() {
    assertThatThrownBy(() -> SearchParams.read(params("q", "车路云", "thme", "power-it"), 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown parameter thme: the search reads ")
        .hasMessageContaining("theme");
  }

  @Test
  void nothingGivenMeansEverythingByRelevanceAtThePageSize() {
    DocumentQuery query = SearchParams.read(params(), 20);
    assertThat(query.text()).isEmpty();
    assertThat(query.size()).isEqualTo(20);
    assertThat(query.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(query.filters().hasWinner()).isNull();
  }

  @Test
  void badValuesNameTheParameterAndTheFix() {
    assertThatThrownBy(() -> SearchParams.read(params("to", "31/05/2024"), 20))
        .hasMessage("to=31/05/2024: use a date like 2024-05-31");
    assertThatThrownBy(() -> SearchParams.read(params("max_yuan", "1亿"), 20))
        .hasMessage("max_yuan=1亿: use a number of yuan like 10000000");
    assertThatThrownBy(() -> SearchParams.read(params("doc_type", "award"), 20))
        .hasMessage("doc_type=award: unknown doc_type 'award'");
    assertThatThrownBy(() -> SearchParams.read(params("size", "5000"), 20))
        .hasMessage("size 5000 must be between 0 and 1000");
    assertThatThrownBy(() -> SearchParams.read(params("has_winner", "yes"), 20))
        .hasMessage("has_winner=yes: use true or false");
  }
}
