package com.catalysttracker.mail;

import com.catalysttracker.alert.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    if (!(root instanceof Map<?, ?> map) || !(map.get("subscriptions") instanceof List<?> entries)) {
      throw new IllegalArgumentException(file + ": expected 'subscriptions:' with a list of entries (recipient, themes, min_severity)");
    }
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = file + ": subscription " + (i + 1);
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        throw new IllegalArgumentException(where + " is not a mapping of recipient, themes, min_severity");
      }
      Object recipient = entry.get("recipient");
      if (!(recipient instanceof String address) || !address.contains("@")) {
        throw new IllegalArgumentException(where + ": recipient must be an email address, e.g. recipient: analyst@example.com");
      }
      Set<String> themes = new LinkedHashSet<>();
      if (entry.get("themes") instanceof List<?> list) {
        list.forEach(t -> themes.add(String.valueOf(t)));
      } else {
        throw new IllegalArgumentException(where + " (" + address + "): themes must be a list of theme ids, e.g. [vehicle-road-cloud] or ['*']");
      }
      Severity minimum;
      try {
        Object severity = entry.get("min_severity");
        minimum = Severity.fromWireName(severity == null ? "medium" : String.valueOf(severity));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + " (" + address + "): " + e.getMessage(), e);
      }
      Object delivery = entry.get("delivery");
      if (delivery != null && !"immediate".equals(delivery)) {
        throw new IllegalArgumentException(where + " (" + address + "): delivery '" + delivery
            + "' is not available; only 'immediate' is (the daily digest is not built yet, see docs/TODO.md)");
      }
      subscriptions.add(new Subscription(address, themes, minimum));
    }
    return subscriptions;
  }
}
