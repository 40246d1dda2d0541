package com.catalysttracker.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbers rules compare against, from {@code rules/thresholds.properties} (one editable place):
 * {@code key = value} lines, numbers may use {@code _} between digits (1_0000_0000), durations are
 * written {@code 30d}, {@code 12h} or ISO-8601 ({@code P30D}). Rules read them through the global
 * {@code thresholds}, e.g. {@code amountAtLeast(thresholds.yuan("money.high"))}.
 */
public final class Thresholds {
  static final String FILE = "thresholds.properties";
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([dhm])");

  private final String displayPath;
  private final Map<String, String> values;
  private final Map<String, Long> numbers;

  Thresholds(String displayPath, Map<String, String> values) {
    this.displayPath = displayPath;
    this.values = Map.copyOf(values);
    // Parsed once: conditions such as amountAtLeast(thresholds.yuan("money.high")) read them for
    // every
    // document, and a regex per read showed in the rules bench profile (#7 figures).
    Map<String, Long> parsed = new HashMap<>();
    this.values.forEach(
        (key, value) -> {
          if (isNumber(value)) {
            try {
              parsed.put(key, Long.parseLong(value.replace("_", "")));
            } catch (NumberFormatException tooLarge) {
              // left out: reading it says it is not a number, as before
            }
          }
        });
    this.numbers = Map.copyOf(parsed);
  }

  static Thresholds empty() {
    return new Thresholds(FILE, Map.of());
  }

  static Thresholds read(Path file, String displayPath, List<RuleProblem> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + displayPath, e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        problems.add(
            new RuleProblem(
                displayPath, i + 1, 1, "expected 'key = value', e.g. money.high = 1_0000_0000"));
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (values.put(key, value) != null) {
        problems.add(
            new RuleProblem(displayPath, i + 1, 1, "'" + key + "' is set twice; keep one line"));
      }
      if (!isNumber(value) && parseDuration(value) == null) {
        int column = lines.get(i).indexOf(value, lines.get(i).indexOf('=') + 1) + 1;
        problems.add(
            new RuleProblem(
                displayPath,
                i + 1,
                column,
                "'"
                    + value
                    + "' is neither a number (1_0000_0000) nor a duration (30d, 12h, P30D)"));
      }
    }
    return new Thresholds(displayPath, values);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** An amount in yuan, e.g. {@code money.high}. */
  public long yuan(String key) {
    return number(key);
  }

  /** A count, e.g. {@code momentum.awards}. */
  public int count(String key) {
    return Math.toIntExact(number(key));
  }

  /** A duration, e.g. {@code realert.default}. */
  public Duration duration(String key) {
    Duration duration = parseDuration(raw(key));
    if (duration == null) {
      throw new IllegalArgumentException(
          displayPath + ": '" + key + "' is not a duration (30d, 12h, P30D)");
    }
    return duration;
  }

  /** The value as written, for explanations, e.g. {@code money.high = 1_0000_0000}. */
  String describe(String key) {
    return key + " = " + values.getOrDefault(key, "?");
  }

  private long number(String key) {
    Long number = numbers.get(key);
    if (number == null) {
      raw(key); // throws when the key is missing
      throw new IllegalArgumentException(displayPath + ": '" + key + "' is not a number");
    }
    return number;
  }

  private String raw(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException(
          displayPath + " has no '" + key + "'; add a line '" + key + " = VALUE' to it");
    }
    return value;
  }

  private static boolean isNumber(String value) {
    return value.matches("\\d+(_\\d+)*");
  }

  static @Nullable Duration parseDuration(String value) {
    Matcher m = SHORT_DURATION.matcher(value);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Duration.ofDays(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
    try {
      return Duration.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
