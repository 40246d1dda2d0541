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
    if (isInert(text)) {
      return text; // most page text and every normalized text: nothing for NFKC to change (issue #6)
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Non-breaking spaces come through from &nbsp; in Word-exported pages.
    return folded.replace('\u00a0', ' ');
  }

  /**
   * Whether every character is one NFKC leaves as it is and that composes with nothing here: ASCII,
   * the CJK Unified Ideographs block, the common CJK and quotation punctuation. A text of these only
   * is its own NFKC form (TextNormalizerTest checks each character against the JDK's Normalizer).
   */
  static boolean isInert(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isInert(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isInert(char c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || c == '\n' || c == '\t' || c == '\r'
        || c == '、' || c == '。'
        || (c >= 0x3008 && c <= 0x3011) // 〈〉《》「」『』【】
        || (c >= 0x3014 && c <= 0x301B) // 〔〕〖〗〘〙〚〛
        || (c >= 0x2018 && c <= 0x201D) // ‘’‚‛“”
        || c == '—' || c == '·';
  }
}
