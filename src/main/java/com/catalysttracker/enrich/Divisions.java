package com.catalysttracker.enrich;

import com.catalysttracker.document.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The divisions of {@code regions.tsv} by code, with the hierarchy walks a region needs. */
final class Divisions {

  private static final Pattern CODE = Pattern.compile("\\d{6}");

  private final Map<String, Division> byCode;

  private Divisions(Map<String, Division> byCode) {
    this.byCode = byCode;
  }

  static Divisions load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReferenceDataException(
          file,
          "cannot read the divisions file (regenerate it with scripts/generate-regions.py): "
              + e.getMessage(),
          e);
    }
    Map<String, Division> byCode = new HashMap<>(lines.size() * 2);
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5 || !CODE.matcher(cells[0]).matches() || cells[1].isBlank()) {
        throw new ReferenceDataException(
            file,
            i + 1,
            "expected code<TAB>name<TAB>level<TAB>parent<TAB>short_name with a six-digit code; regenerate the file with scripts/generate-regions.py");
      }
      Division.Kind kind;
      try {
        kind = Division.Kind.valueOf(cells[2].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(
            file, i + 1, "level '" + cells[2] + "' is not one of province, prefecture, county");
      }
      String parent = cells[3].isEmpty() ? null : cells[3];
      byCode.put(cells[0], new Division(cells[0], cells[1], kind, parent, cells[4]));
    }
    for (Division division : byCode.values()) {
      if (division.parentCode() != null && !byCode.containsKey(division.parentCode())) {
        throw new ReferenceDataException(
            file,
            1,
            "division "
                + division.code()
                + " "
                + division.name()
                + " names parent "
                + division.parentCode()
                + ", which the file does not list");
      }
    }
    return new Divisions(Map.copyOf(byCode));
  }

  Optional<Division> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  Iterable<Division> all() {
    return byCode.values();
  }

  @Nullable Division parent(Division division) {
    return division.parentCode() == null ? null : byCode.get(division.parentCode());
  }

  Division province(Division division) {
    Division current = division;
    for (Division up = parent(current); up != null; up = parent(current)) {
      current = up;
    }
    return current;
  }

  /**
   * Whether {@code descendant} lies inside {@code ancestor} (a division is not its own descendant).
   */
  boolean isWithin(Division descendant, Division ancestor) {
    for (Division up = parent(descendant); up != null; up = parent(up)) {
      if (up.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** The ancestors of a division and the division itself, outermost first. */
  List<Division> lineage(Division division) {
    List<Division> chain = new ArrayList<>();
    for (Division d = division; d != null; d = parent(d)) {
      chain.add(0, d);
    }
    return chain;
  }

  /**
   * The city a division belongs to: a county's prefecture, a municipality for its districts; a
   * province-administered county (仙桃市) stands at city level itself. Null for a province.
   */
  @Nullable Division city(Division division) {
    return switch (division.kind()) {
      case PROVINCE -> division.isMunicipality() ? division : null;
      case PREFECTURE -> division;
      case COUNTY -> {
        Division parent = parent(division);
        if (parent == null
            || parent.kind() == Division.Kind.PREFECTURE
            || parent.isMunicipality()) {
          yield parent;
        }
        yield division;
      }
    };
  }

  /**
   * The division itself, or for a county the city above it, as DESIGN.md's place-stated rule asks.
   */
  Division atCityLevel(Division division) {
    Division city = city(division);
    return city == null ? division : city;
  }

  Region region(Division division) {
    Division city = city(division);
    return new Region(
        province(division).name(), city == null ? null : city.name(), division.code());
  }
}
