package com.catalysttracker.mail;

import com.catalysttracker.alert.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the subscriptions file (format in the reference {@code subscriptions.yml}): a list of
 * {@code recipient}, {@code themes}, {@code min_severity}, {@code delivery}. A missing file means
 * nobody is subscribed.
 */
final class Subscriptions {
  private Subscriptions() {}

  static List<Subscription> load(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Object root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof Map<?, ?> map)
        || !(map.get("subscriptions") instanceof List<?> entries)) {
      throw new IllegalArgumentException(
          file
              + ": expected 'subscriptions:' with a list of entries (recipient, themes, min_severity)");
    }
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = file + ": subscription " + (i + 1);
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        throw new IllegalArgumentException(
            where + " is not a mapping of recipient, themes, min_severity");
      }
      Object recipient = entry.get("recipient");
      if (!(recipient instanceof String address) || !address.contains("@")) {
        throw new IllegalArgumentException(
            where + ": recipient must be an email address, e.g. recipient: analyst@example.com");
      }
      Set<String> themes = new LinkedHashSet<>();
      if (entry.get("themes") instanceof List<?> list) {
        list.forEach(t -> themes.add(String.valueOf(t)));
      } else {
        throw new IllegalArgumentException(
            where
                + " ("
                + address
                + "): themes must be a list of theme ids, e.g. [vehicle-road-cloud] or ['*']");
      }
      Severity minimum;
      try {
        Object severity = entry.get("min_severity");
        minimum = Severity.fromWireName(severity == null ? "medium" : String.valueOf(severity));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " (" + address + "): " + e.getMessage(), e);
      }
      Object delivery = entry.get("delivery");
      LocalTime digestAt = null;
      if ("digest".equals(delivery)) {
        digestAt = digestTime(entry.get("digest_at"), where + " (" + address + ")");
      } else if (delivery != null && !"immediate".equals(delivery)) {
        throw new IllegalArgumentException(
            where
                + " ("
                + address
                + "): delivery '"
                + delivery
                + "' is unknown; use immediate, or digest with digest_at: \"18:00\"");
      } else if (entry.get("digest_at") != null) {
        throw new IllegalArgumentException(
            where
                + " ("
                + address
                + "): digest_at is set but delivery is not digest;"
                + " add delivery: digest or remove digest_at");
      }
      subscriptions.add(new Subscription(address, themes, minimum, digestAt));
    }
    return subscriptions;
  }

  /**
   * The digest's time of day. YAML 1.1 reads an unquoted 18:00 as the number 1080 (base 60), so a
   * number is taken as minutes; "08:30" stays a string (a leading zero is not base 60).
   */
  private static LocalTime digestTime(@Nullable Object value, String where) {
    String fix =
        "delivery: digest needs digest_at: \"HH:mm\" (Shanghai time), e.g. digest_at: \"18:00\"";
    if (value instanceof Integer minutes && minutes >= 0 && minutes < 24 * 60) {
      return LocalTime.of(minutes / 60, minutes % 60);
    }
    if (value instanceof String text) {
      try {
        return LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm", Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            where + ": digest_at '" + text + "' is not a time; " + fix, e);
      }
    }
    throw new IllegalArgumentException(
        where + ": " + (value == null ? "" : "digest_at '" + value + "' is not a time; ") + fix);
  }
}
