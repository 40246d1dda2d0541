package com.catalysttracker.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every source definition in a {@code crawlers/} folder: {@code ID.yml} files are sources; files
 * starting with {@code _} are shared ({@code _themes.yml}: search terms per theme; {@code
 * _families.yml}: the CMS families a definition may name; {@code _reference.yml}: the commented
 * reference). A broken definition is reported and left out, and the others load: one bad file never
 * stops the rest.
 *
 * @param dir the folder read
 * @param sources the valid definitions, by file name
 * @param errors one per rejected file
 */
public record SourceCatalog(
    Path dir, List<SourceDefinition> sources, List<DefinitionException> errors) {

  public static final String THEMES_FILE = "_themes.yml";
  public static final String FAMILIES_FILE = "_families.yml";

  public SourceCatalog {
    sources = List.copyOf(sources);
    errors = List.copyOf(errors);
  }

  /** Reads the folder; never throws for a bad file (see {@link #errors}). */
  public static SourceCatalog load(Path dir) {
    List<DefinitionException> errors = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      errors.add(
          new DefinitionException(
              dir,
              1,
              1,
              "",
              "no crawlers folder here; set catalyst.crawl.definitions-dir to the project's crawlers/ folder"));
      return new SourceCatalog(dir, List.of(), errors);
    }
    Map<String, List<String>> themes = Map.of();
    Path themesFile = dir.resolve(THEMES_FILE);
    if (Files.isRegularFile(themesFile)) {
      try {
        themes = readThemes(themesFile);
      } catch (DefinitionException e) {
        errors.add(e);
      }
    }
    Map<String, String> families = Map.of();
    Path familiesFile = dir.resolve(FAMILIES_FILE);
    if (Files.isRegularFile(familiesFile)) {
      try {
        families = readFamilies(familiesFile);
      } catch (DefinitionException e) {
        errors.add(e);
      }
    }
    SourceDefinitionLoader loader = new SourceDefinitionLoader(themes, families.keySet());
    List<SourceDefinition> sources = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Path file : definitionFiles(dir)) {
      try {
        SourceDefinition definition = loader.load(file);
        Path earlier = ids.putIfAbsent(definition.id(), file);
        if (earlier != null) {
          errors.add(
              new DefinitionException(
                  file,
                  1,
                  1,
                  "id",
                  "source id '" + definition.id() + "' is already defined in " + earlier));
          continue;
        }
        sources.add(definition);
      } catch (DefinitionException e) {
        errors.add(e);
      }
    }
    return new SourceCatalog(dir, sources, errors);
  }

  public Optional<SourceDefinition> find(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The error for a source's own file, when it was rejected. */
  public Optional<DefinitionException> errorFor(String id) {
    return errors.stream()
        .filter(e -> SourceDefinitionLoader.baseName(e.file()).equals(id))
        .findFirst();
  }

  /** The {@code ID.yml} / {@code ID.yaml} files of a folder, sorted; {@code _…} files excluded. */
  public static List<Path> definitionFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return !n.startsWith("_")
                    && !n.startsWith(".")
                    && (n.endsWith(".yml") || n.endsWith(".yaml"));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** {@code _themes.yml}: {@code theme-id: [term, term]} lines. */
  static Map<String, List<String>> readThemes(Path file) {
    YamlNode root = YamlNode.read(file);
    Map<String, List<String>> themes = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : root.mapping(Set.of()).entrySet()) {
      if (!SourceDefinitionLoader.ID.matcher(e.getKey()).matches()) {
        throw e.getValue()
            .error("theme id '" + e.getKey() + "' must be lower-case letters, digits and '-'");
      }
      List<String> terms = e.getValue().strings();
      if (terms.isEmpty()) {
        throw e.getValue().error("give the theme at least one search term");
      }
      themes.put(e.getKey(), terms);
    }
    return themes;
  }

  /** {@code _families.yml}: {@code family-id: what the family is} lines. */
  public static Map<String, String> readFamilies(Path file) {
    YamlNode root = YamlNode.read(file);
    Map<String, String> families = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : root.mapping(Set.of()).entrySet()) {
      if (!SourceDefinitionLoader.ID.matcher(e.getKey()).matches()) {
        throw e.getValue()
            .error("family id '" + e.getKey() + "' must be lower-case letters, digits and '-'");
      }
      families.put(e.getKey(), e.getValue().text());
    }
    return families;
  }
}
