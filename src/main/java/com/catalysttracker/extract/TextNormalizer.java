package com.catalysttracker.extract;

import java.text.Normalizer;

/**
 * Folds the full-width forms Chinese sites mix freely into their ASCII twins (digits, letters,
 * colons, parentheses, ￥ → ¥, ideographic space), so every parser needs one spelling per symbol.
 * NFKC does exactly this; 〔〕 and 【】 are not compatibility characters and survive it.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Non-breaking spaces come through from &nbsp; in Word-exported pages.
    return folded.replace('\u00a0', ' ');
  }
}
