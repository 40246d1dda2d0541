package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The {@code value:} selector: a definition's last fallback, e.g. the ministry whose site it is
 * (issue #6).
 */
class FieldSelectorTest {

  @Test
  void aValueSelectorGivesItsTextOnAnyPage() {
    Document page = Jsoup.parse("<h1>关于《数据要素×三年行动计划》的解读</h1>");
    FieldSelector selector = FieldSelector.parse("value: 国家数据局 ");

    assertThat(selector.kind()).isEqualTo(FieldSelector.Kind.VALUE);
    assertThat(selector.values(page, FieldSelector.pageText(page), "关于《数据要素×三年行动计划》的解读"))
        .containsExactly("国家数据局");
  }

  @Test
  void aRegexMatchesTheFoldedTextButGivesTheValueAsPrinted() {
    Document page = Jsoup.parse("<p>项目名称：舟山市海岛低空起降场（一期）工程</p><p>采购人：舟山市　交通局</p>");
    String text = FieldSelector.pageText(page);
    FieldSelector.Cells cells = new FieldSelector.Cells(page);

    assertThat(FieldSelector.parse("regex:项目名称 ?: ?(\\S+)").values(page, text, null, cells))
        .containsExactly("舟山市海岛低空起降场（一期）工程");
    // Without the page (a caller that has only the text) the folded value, as before.
    assertThat(FieldSelector.parse("regex:项目名称 ?: ?(\\S+)").values(page, text, null, null))
        .containsExactly("舟山市海岛低空起降场(一期)工程");
    assertThat(FieldSelector.parse("regex:采购人 ?: ?(\\S+ \\S+)").values(page, text, null, cells))
        .containsExactly("舟山市 交通局");
  }

  @Test
  void aValueSelectorWithoutTextSaysWhatItNeeds() {
    assertThatThrownBy(() -> FieldSelector.parse("value:  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'value:' needs the text after it");
  }

  @Test
  void collapsesSpaceRunsExactlyAsTheSpaceRegexDid() {
    // collapseSpaces replaced SPACE.matcher(text).replaceAll(with) on whole page texts (issue #6).
    char[] alphabet = {
      ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00a0', '\u3000', '\u2003', '\u001C', '中', 'a', '：'
    };
    java.util.Random random = new java.util.Random(6);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = text.toString();
      assertThat(FieldSelector.collapseSpaces(t, " "))
          .as("[%s]", t)
          .isEqualTo(FieldSelector.SPACE.matcher(t).replaceAll(" "));
      assertThat(FieldSelector.collapseSpaces(t, ""))
          .as("[%s]", t)
          .isEqualTo(FieldSelector.SPACE.matcher(t).replaceAll(""));
    }
  }
}
