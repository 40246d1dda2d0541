package com.catalysttracker.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys under which two documents count as the same announcement. Two documents sharing any key
 * are one.
 *
 * <ul>
 *   <li>Policies: the document number (发文字号) when there is one; else the normalised title within
 *       the issuer's region (national and ministry documents have none, so a State Council notice
 *       reposted on a ministry's site days later still matches, while two provinces' plans with the
 *       same title do not).
 *   <li>Procurement: the project code with the stage (a tender and its award are different
 *       documents of one project); a correction or termination also with its date, since a project
 *       may have several. Without a project code, the normalised title within the region.
 * </ul>
 */
public final class IdentityKeys {
  private IdentityKeys() {}

  public static List<String> of(Document document) {
    List<String> keys = new ArrayList<>(2);
    String region =
        document.region() == null || document.region().code() == null
            ? "-"
            : document.region().code();
    DocType type = document.docType();
    if (type.isPolicy() || type == DocType.OTHER) {
      if (document.docNumber() != null && !document.docNumber().isBlank()) {
        keys.add("docno:" + type.wireName() + ":" + normalise(document.docNumber()));
      }
    } else if (document.projectCode() != null && !document.projectCode().isBlank()) {
      String key = projectKeyPrefix(document.projectCode()) + type.wireName();
      if ((type == DocType.CORRECTION || type == DocType.TERMINATION)
          && document.published() != null) {
        key += ":" + document.published();
      }
      keys.add(key);
      return List.copyOf(keys);
    }
    String title = normalise(document.title());
    if (title.length() >= 8) {
      // Short titles (通知, 公告) say too little to identify anything.
      keys.add("title:" + type.wireName() + ":" + region + ":" + title);
    }
    return List.copyOf(keys);
  }

  /**
   * What the identity key of every stage of the project with {@code projectCode} starts with, so
   * one prefix query finds a project's notices however each site wrote the code's width and case.
   */
  public static String projectKeyPrefix(String projectCode) {
    return "project:" + normalise(projectCode) + ":";
  }

  /**
   * Width, case, spacing and punctuation removed: sites differ in full-width brackets, quotation
   * marks and stray spaces, never in the words.
   */
  static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
