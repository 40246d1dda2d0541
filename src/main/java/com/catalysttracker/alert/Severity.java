package com.catalysttracker.alert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much an alert matters: high and medium go out at once, low only in the daily digest. */
public enum Severity {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  /** The character used in subjects, e.g. 【车路云·高】. */
  public String chinese() {
    return chinese;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Severity fromWireName(String wireName) {
    for (Severity severity : values()) {
      if (severity.wireName().equals(wireName)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + wireName + "' (use high, medium or low)");
  }

  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
