package com.catalysttracker.extract;

import java.util.Locale;
import java.util.Optional;

/** The fields of a detail page a definition's {@code detail:} section can point selectors at. */
public enum DetailField {
  TITLE,
  PUBLISHED,
  ISSUER,
  DOC_NUMBER,
  PROJECT_CODE,
  PROJECT_NAME,
  AGENCY,
  /** The main text: CSS selectors only; the first that matches an element wins. */
  BODY,
  /** Summary tables read for money besides the body (ccgp's 公告概要). */
  TABLES,
  /** Text that helps tell the doc_type when the title cannot (breadcrumb, column meta). */
  DOC_TYPE_CONTEXT,
  /** Every match is a winner's name. */
  WINNERS,
  /** Every matching link is an attachment. */
  ATTACHMENTS,
  /**
   * The place a notice states for itself (ccgp's 行政区域 cell): its division is the region when the
   * issuer's name and the text give none, as for central buyers (中国气象局…). Often only the province,
   * so it never overrides a city the issuer's name gives.
   */
  REGION;

  /** The key in YAML: {@code doc-number} for {@link #DOC_NUMBER}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<DetailField> ofKey(String key) {
    for (DetailField f : values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
