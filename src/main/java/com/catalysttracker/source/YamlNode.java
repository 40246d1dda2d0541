package com.catalysttracker.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows its file, line, column and dotted field path, so every complaint about a
 * definition names the place to fix. Plain maps from SnakeYAML's {@code load} lose all three.
 */
final class YamlNode {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final String NULL_TAG = "tag:yaml.org,2002:null";

  private final Path file;
  private final Node node;
  private final String path;

  private YamlNode(Path file, Node node, String path) {
    this.file = file;
    this.node = node;
    this.path = path;
  }

  static YamlNode read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
      if (root == null) {
        throw new DefinitionException(
            file, 1, 1, "", "the file is empty; start from crawlers/_reference.yml");
      }
      return new YamlNode(file, root, "");
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      throw new DefinitionException(
          file,
          mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          "",
          "not valid YAML (" + e.getProblem() + "); check indentation, colons and quotes");
    } catch (IOException e) {
      throw new DefinitionException(file, 1, 1, "", "cannot read the file: " + e.getMessage());
    }
  }

  Path file() {
    return file;
  }

  String path() {
    return path;
  }

  DefinitionException error(String problem) {
    return new DefinitionException(
        file,
        node.getStartMark().getLine() + 1,
        node.getStartMark().getColumn() + 1,
        path,
        problem);
  }

  boolean isNull() {
    return node instanceof ScalarNode scalar && NULL_TAG.equals(scalar.getTag().getValue());
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  boolean isSequence() {
    return node instanceof SequenceNode;
  }

  /**
   * The entries of a mapping in file order; a key outside {@code known} is an error naming the
   * known ones.
   */
  Map<String, YamlNode> mapping(Set<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(
          "expected a mapping (key: value lines)"
              + (known.isEmpty() ? "" : " with keys " + sorted(known)));
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw new YamlNode(file, tuple.getKeyNode(), path).error("keys must be plain words");
      }
      String key = keyNode.getValue();
      YamlNode keyAt = new YamlNode(file, keyNode, child(key));
      if (!known.isEmpty() && !known.contains(key)) {
        throw keyAt.error("unknown key '" + key + "'; known keys here: " + sorted(known));
      }
      if (entries.put(key, new YamlNode(file, tuple.getValueNode(), child(key))) != null) {
        throw keyAt.error("key '" + key + "' appears twice; keep one");
      }
    }
    return entries;
  }

  List<YamlNode> sequence() {
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list ([a, b] or lines starting with '- ')");
    }
    List<YamlNode> items = new ArrayList<>();
    int i = 0;
    for (Node item : sequence.getValue()) {
      items.add(new YamlNode(file, item, path + "[" + i++ + "]"));
    }
    return items;
  }

  /** A scalar, or a list of scalars: a single selector may be written without brackets. */
  List<String> strings() {
    if (isNull()) {
      return List.of();
    }
    if (node instanceof ScalarNode) {
      return List.of(text());
    }
    List<String> values = new ArrayList<>();
    for (YamlNode item : sequence()) {
      values.add(item.text());
    }
    return List.copyOf(values);
  }

  String text() {
    if (!(node instanceof ScalarNode scalar) || isNull() || scalar.getValue().isBlank()) {
      throw error("expected a non-empty text value");
    }
    return scalar.getValue().strip();
  }

  int positiveInt() {
    String value = text();
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error("expected a positive whole number, was '" + value + "'");
  }

  boolean bool() {
    String value = text().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error("expected true or false, was '" + value + "'");
    };
  }

  /** {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT2S}). */
  Duration duration() {
    String value = text();
    Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw error("expected a duration such as 500ms, 2s, 5m or 1h, was '" + value + "'");
    }
  }

  static @Nullable YamlNode optional(Map<String, YamlNode> entries, String key) {
    YamlNode value = entries.get(key);
    return value == null || value.isNull() ? null : value;
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String sorted(Set<String> keys) {
    return String.join(", ", keys.stream().sorted().toList());
  }
}
