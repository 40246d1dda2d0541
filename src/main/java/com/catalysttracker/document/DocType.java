package com.catalysttracker.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of announcement a document is; the lifecycle stage analysts read first. */
public enum DocType {
  POLICY,
  POLICY_DRAFT,
  POLICY_INTERPRETATION,
  TENDER_NOTICE,
  AWARD_CANDIDATE,
  AWARD_RESULT,
  CONTRACT,
  CORRECTION,
  TERMINATION,
  PROCUREMENT_INTENT,
  OTHER;

  /** The contract's spelling, e.g. {@code award_result}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DocType fromWireName(String wireName) {
    for (DocType type : values()) {
      if (type.wireName().equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown doc_type '" + wireName + "'");
  }

  public boolean isPolicy() {
    return this == POLICY || this == POLICY_DRAFT || this == POLICY_INTERPRETATION;
  }

  public boolean isProcurement() {
    return !isPolicy() && this != OTHER;
  }
}
