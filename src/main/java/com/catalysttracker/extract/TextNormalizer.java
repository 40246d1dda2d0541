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
    // Issue #6: the JDK's NFKC was a tenth of extraction. Page text is nearly always ASCII,
    // ideographs,
    // CJK punctuation and full-width forms, whose NFKC is one character each: map those here.
    int i = 0;
    int n = text.length();
    while (i < n && isInert(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text; // nothing for NFKC to change: every text normalized before
    }
    char[] out = null;
    for (int k = i; k < n; k++) {
      char c = text.charAt(k);
      if (isInert(c)) {
        if (out != null) {
          out[k] = c;
        }
        continue;
      }
      char folded = fold(c);
      if (folded == 0) {
        return nfkc(text); // a character whose NFKC this does not know: the JDK's
      }
      if (out == null) {
        out = new char[n];
        text.getChars(0, k, out, 0);
      }
      out[k] = folded;
    }
    return out == null ? text : new String(out);
  }

  /**
   * The NFKC form of a character that is not inert, when it is one character and inert: full-width
   * ASCII (！ … ～) and the ideographic and non-breaking spaces; 0 for any other.
   */
  static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00a0') {
      return ' ';
    }
    return 0;
  }

  private static String nfkc(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // Non-breaking spaces come through from &nbsp; in Word-exported pages.
    return folded.replace('\u00a0', ' ');
  }

  /**
   * Whether every character is one NFKC leaves as it is and that composes with nothing here: ASCII,
   * the CJK Unified Ideographs block, the common CJK and quotation punctuation. A text of these
   * only is its own NFKC form (TextNormalizerTest checks each character against the JDK's
   * Normalizer).
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
        || c == '\n'
        || c == '\t'
        || c == '\r'
        || c == '、'
        || c == '。'
        || (c >= 0x3008 && c <= 0x3011) // 〈〉《》「」『』【】
        || (c >= 0x3014 && c <= 0x301B) // 〔〕〖〗〘〙〚〛
        || (c >= 0x2018 && c <= 0x201D) // ‘’‚‛“”
        || c == '—'
        || c == '·';
  }
}
