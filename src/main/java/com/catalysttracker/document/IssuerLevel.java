package com.catalysttracker.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Administrative rank of the issuer or buyer, the first thing analysts weigh. */
public enum IssuerLevel {
  NATIONAL,
  MINISTRY,
  PROVINCE,
  CITY,
  DISTRICT,
  ENTERPRISE,
  UNKNOWN;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static IssuerLevel fromWireName(String wireName) {
    for (IssuerLevel level : values()) {
      if (level.wireName().equals(wireName)) {
        return level;
      }
    }
    throw new IllegalArgumentException("unknown issuer_level '" + wireName + "'");
  }
}
