package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void everyCharacterTheFastPathSkipsIsItsOwnNfkcForm() {
    // The fast path returns inert text untouched; that is only right if NFKC would not change it.
    List<Character> inert = new ArrayList<>();
    for (char c = 0; c < 0xFFFF; c++) {
      if (TextNormalizer.isInert(c)) {
        inert.add(c);
        assertThat(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC))
            .as("U+%04X", (int) c)
            .isEqualTo(String.valueOf(c));
      }
    }
    assertThat(inert).hasSizeGreaterThan(20_000);
    StringBuilder all = new StringBuilder();
    inert.forEach(all::append);
    assertThat(Normalizer.normalize(all, Normalizer.Form.NFKC)).isEqualTo(all.toString());
    // Nor may two of them compose: every pair outside the ideographs, and each with an ideograph.
    List<Character> others = inert.stream().filter(c -> c < 0x4E00 || c > 0x9FFF).toList();
    for (char a : others) {
      for (char b : others) {
        String pair = "" + a + b;
        assertThat(Normalizer.normalize(pair, Normalizer.Form.NFKC)).isEqualTo(pair);
      }
      String withHan = "" + a + '中' + a;
      assertThat(Normalizer.normalize(withHan, Normalizer.Form.NFKC)).isEqualTo(withHan);
    }
  }

  @Test
  void everyCharacterFoldedByHandFoldsAsNfkcDoes() {
    int folded = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      char f = TextNormalizer.fold(c);
      if (f != 0) {
        folded++;
        assertThat(TextNormalizer.isInert(f))
            .as("U+%04X folds to an inert character", (int) c)
            .isTrue();
        String expected =
            Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).replace('\u00a0', ' ');
        assertThat(String.valueOf(f)).as("U+%04X", (int) c).isEqualTo(expected);
      }
    }
    assertThat(folded).isEqualTo(94 + 2);
    String mixed = "（一）项目名称：ＡＢＣ－１２３，预算金额\u3000１２３．５万元；联系人：张三\u00a0电话：０１０";
    assertThat(TextNormalizer.normalize(mixed))
        .isEqualTo(Normalizer.normalize(mixed, Normalizer.Form.NFKC).replace('\u00a0', ' '));
  }

  @Test
  void foldsFullWidthFormsAndNonBreakingSpaces() {
    assertThat(TextNormalizer.normalize("金额：１２３万元（含税）\u00a0\u3000￥")).isEqualTo("金额:123万元(含税)  ¥");
    assertThat(TextNormalizer.normalize("国数政策〔2024〕31号")).isEqualTo("国数政策〔2024〕31号");
  }
}
