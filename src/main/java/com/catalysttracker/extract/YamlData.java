package com.catalysttracker.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The phrase files under {@code extract/} read as YAML nodes, so that every complaint names the
 * file and line an editor has to fix.
 */
final class YamlData {

  private final String name;
  private final Node root;

  private YamlData(String name, Node root) {
    this.name = name;
    this.root = root;
  }

  static YamlData resource(String resource) {
    InputStream in = YamlData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "classpath resource "
              + resource
              + " is missing: it ships in src/main/resources/"
              + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(resource, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }

  static YamlData text(String name, String yaml) {
    return parse(name, new StringReader(yaml));
  }

  private static YamlData parse(String name, Reader reader) {
    try {
      Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
      if (node == null) {
        throw new IllegalArgumentException(
            name + ": the file is empty; see the comments of the shipped file for its keys");
      }
      return new YamlData(name, node);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
      throw new IllegalArgumentException(
          name + " line " + line + ": not valid YAML: " + e.getProblem(), e);
    }
  }

  Node root() {
    return root;
  }

  String where(Node node) {
    return name + " line " + (node.getStartMark().getLine() + 1);
  }

  IllegalArgumentException error(Node node, String message) {
    return new IllegalArgumentException(where(node) + ": " + message);
  }

  Optional<Node> get(Node mapping, String key) {
    MappingNode map = mapping(mapping, "a mapping");
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(tuple.getValueNode());
      }
    }
    return Optional.empty();
  }

  Node require(Node mapping, String key) {
    return get(mapping, key).orElseThrow(() -> error(mapping, "missing key '" + key + "'"));
  }

  MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode map) {
      return map;
    }
    throw error(node, "expected " + what + " (key: value lines)");
  }

  List<Node> sequence(Node node, String what) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue();
    }
    throw error(node, "expected " + what + " (a list: [a, b] or '- a' lines)");
  }

  String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      return scalar.getValue().strip();
    }
    throw error(node, "expected " + what + " (a non-empty word)");
  }

  /** A list of phrases, normalised as the text they are matched against will be. */
  List<String> phrases(Node node, String what) {
    List<String> phrases = new ArrayList<>();
    for (Node item : sequence(node, "a list of " + what)) {
      phrases.add(TextNormalizer.normalize(scalar(item, "a phrase")));
    }
    return List.copyOf(phrases);
  }
}
