package com.catalysttracker.enrich;

import org.jspecify.annotations.Nullable;

/** One row of {@code regions.tsv}: a GB/T 2260 division. */
record Division(
    String code, String name, Kind kind, @Nullable String parentCode, String shortName) {

  enum Kind {
    PROVINCE,
    PREFECTURE,
    COUNTY
  }

  /** The four municipalities are provinces that are also cities. */
  boolean isMunicipality() {
    return kind == Kind.PROVINCE && name.endsWith("市");
  }
}
