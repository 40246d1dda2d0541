package com.catalysttracker.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseSegmenterTest {
  private static final ChineseSegmenter SEGMENTER =
      ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt"));

  @Test
  void keepsThemeTermsFromTheUserDictionaryWhole() {
    assertThat(SEGMENTER.queryWords("开展车路云一体化应用试点")).contains("车路云一体化");
    assertThat(SEGMENTER.queryWords("推进数据资产入表工作")).contains("数据资产入表");
    assertThat(SEGMENTER.queryWords("聚合虚拟电厂资源")).contains("虚拟电厂");
  }

  @Test
  void indexModeAlsoEmitsTheShorterTermsInsideALongOne() {
    // A query for 车路云 must find a document that only says 车路云一体化.
    assertThat(SEGMENTER.indexWords("车路云一体化试点")).contains("车路云一体化", "车路云");
    assertThat(SEGMENTER.indexWords("发展低空经济")).contains("低空经济", "低空");
  }

  @Test
  void theBodyFormKeepsThemeTermsWholeWithTheShorterTermsInside() {
    // Issue #6: bodies take the dictionary-only segmenter; the theme terms must survive it.
    assertThat(SEGMENTER.bodyIndexWords("推进车路云一体化应用试点，企业数据资产入表，聚合虚拟电厂资源，发展低空经济"))
        .contains("车路云一体化", "车路云", "数据资产入表", "数据资产", "虚拟电厂", "低空经济", "低空", "试点");
  }

  @Test
  void theBodyFormKeepsNumbersAndLatinWordsWholeAsViterbiDoes() {
    assertThat(SEGMENTER.bodyIndexWords("采购RSU设备，编号ZB2025"))
        .contains("rsu", "zb", "2025", "采购", "设备").doesNotContain("2", "RSU");
    assertThat(SEGMENTER.bodyIndexWords("")).isEmpty();
  }

  @Test
  void withoutTheDictionaryTheSameTermIsSplit() {
    ChineseSegmenter plain = ChineseSegmenter.withWords(List.of());
    assertThat(plain.queryWords("车路云一体化")).doesNotContain("车路云一体化");
  }

  @Test
  void lowerCasesLatinTermsBecauseTheWhitespaceAnalyzerDoesNot() {
    assertThat(SEGMENTER.indexWords("采购RSU设备")).contains("rsu").doesNotContain("RSU");
  }

  @Test
  void dropsPunctuation() {
    assertThat(SEGMENTER.queryWords("低空经济，虚拟电厂。")).containsExactly("低空经济", "虚拟电厂");
  }

  @Test
  void readsOneWordPerLineAndIgnoresComments() {
    assertThat(SEGMENTER.dictionarySize()).isGreaterThan(50);
    assertThat(SEGMENTER.indexField("")).isEmpty();
  }
}
