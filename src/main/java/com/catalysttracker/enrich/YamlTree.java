package com.catalysttracker.enrich;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * A YAML node that remembers its file and line, so a reference file's semantic errors (a missing
 * key, a bad code) can be reported at the line an analyst has to edit. Plain maps from SnakeYAML's
 * {@code load} lose that position.
 */
final class YamlTree {

  private final Path file;
  private final Node node;

  private YamlTree(Path file, Node node) {
    this.file = file;
    this.node = node;
  }

  static YamlTree read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
      if (root == null) {
        throw new ReferenceDataException(
            file,
            1,
            "the file is empty; see the commented header of the shipped copy for its format");
      }
      return new YamlTree(file, root);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      int column = e.getProblemMark() == null ? 1 : e.getProblemMark().getColumn() + 1;
      throw new ReferenceDataException(
          file,
          line,
          "column "
              + column
              + ": not valid YAML ("
              + e.getProblem()
              + "); check indentation, colons and quotes");
    } catch (IOException e) {
      throw new ReferenceDataException(
          file, "cannot read the reference file: " + e.getMessage(), e);
    }
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  ReferenceDataException error(String problem) {
    return new ReferenceDataException(file, line(), problem);
  }

  /** The entries of a mapping in file order; unknown keys are an error naming the known ones. */
  Map<String, YamlTree> mapping(String what, Set<String> knownKeys) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(what + " must be a mapping of key: value lines");
    }
    Map<String, YamlTree> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlTree key = new YamlTree(file, tuple.getKeyNode());
      String name = key.scalar("a key in " + what);
      if (!knownKeys.isEmpty() && !knownKeys.contains(name)) {
        throw key.error(
            "unknown key '"
                + name
                + "' in "
                + what
                + "; known keys: "
                + String.join(", ", knownKeys));
      }
      if (entries.put(name, new YamlTree(file, tuple.getValueNode())) != null) {
        throw key.error("key '" + name + "' appears twice in " + what + "; keep one");
      }
    }
    return entries;
  }

  List<YamlTree> sequence(String what) {
    if (!(node instanceof SequenceNode sequence)) {
      throw error(what + " must be a list (lines starting with '- ')");
    }
    List<YamlTree> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new YamlTree(file, item));
    }
    return items;
  }

  String scalar(String what) {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw error(what + " must be a non-empty text value");
    }
    return scalar.getValue().strip();
  }

  /** A list of texts; a missing or {@code null} value is the empty list. */
  static List<String> strings(@Nullable YamlTree tree, String what) {
    if (tree == null || tree.isNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (YamlTree item : tree.sequence(what)) {
      values.add(item.scalar("each entry of " + what));
    }
    return List.copyOf(values);
  }

  boolean isNull() {
    return node instanceof ScalarNode scalar
        && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
  }
}
