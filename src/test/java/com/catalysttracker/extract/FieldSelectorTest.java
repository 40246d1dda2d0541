package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The {@code value:} selector: a definition's last fallback, e.g. the ministry whose site it is (issue #6). */
class FieldSelectorTest {

  @Test
  void aValueSelectorGivesItsTextOnAnyPage() {
    Document page = Jsoup.parse("<h1>关于《数据要素×三年行动计划》的解读</h1>");
    FieldSelector selector = FieldSelector.parse("value: 国家数据局 ");

    assertThat(selector.kind()).isEqualTo(FieldSelector.Kind.VALUE);
    assertThat(selector.values(page, FieldSelector.pageText(page), "关于《数据要素×三年行动计划》的解读")).containsExactly("国家数据局");
  }

  @Test
  void aValueSelectorWithoutTextSaysWhatItNeeds() {
    assertThatThrownBy(() -> FieldSelector.parse("value:  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'value:' needs the text after it");
  }
}
