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
  void theIndexFormKeepsThemeTermsWholeWithTheShorterTermsInside() {
    // Issue #6: the index takes the dictionary-only segmenter; the theme terms must survive it.
    assertThat(SEGMENTER.indexWords("推进车路云一体化应用试点，企业数据资产入表，聚合虚拟电厂资源，发展低空经济"))
        .contains("车路云一体化", "车路云", "数据资产入表", "数据资产", "虚拟电厂", "低空经济", "低空", "试点");
  }

  @Test
  void theIndexFormKeepsNumbersAndLatinWordsWholeAsViterbiDoes() {
    assertThat(SEGMENTER.indexWords("采购RSU设备，编号ZB2025"))
        .contains("rsu", "zb", "2025", "采购", "设备")
        .doesNotContain("2", "RSU");
    assertThat(SEGMENTER.indexWords("")).isEmpty();
  }

  @Test
  void theLongestWordOfEitherDictionaryWinsSoTitlesKeepWhatViterbiFinds() {
    // HanLP's DoubleArrayTrieSegment let a shorter custom-dictionary word replace a longer core
    // word:
    // 若干 came out as 若 干, and a query for 若干措施 (Viterbi: 若干 措施) missed the title's words.
    assertThat(SEGMENTER.indexWords("关于进一步激发文旅消费活力若干措施的通知"))
        .containsSubsequence("活力", "若干", "措施")
        .doesNotContain("若", "干");
    assertThat(SEGMENTER.indexWords("国务院办公厅关于践行大食物观构建多元化食物供给体系的意见"))
        .contains("国务院办公厅", "国务院", "办公厅", "多元化", "供给");
  }

  @Test
  void keepsCharactersOutsideTheBasicPlaneAndDropsPunctuationRuns() {
    assertThat(SEGMENTER.indexWords("𠀀字，——。")).containsExactly("𠀀", "字");
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
