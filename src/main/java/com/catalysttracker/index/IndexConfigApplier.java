package com.catalysttracker.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code index-config/} to a cluster, idempotently: component templates, index templates,
 * and for each index template an alias pointing at its versioned index.
 */
public final class IndexConfigApplier {
  private static final Logger log = LoggerFactory.getLogger(IndexConfigApplier.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ElasticsearchClient client;
  private final Path configDir;
  private final IndexNames names;
  private final Map<String, UnaryOperator<ObjectNode>> rewrites;

  /**
   * For indices whose {@code _source} holds everything they index (a version bump copies it as is).
   */
  public IndexConfigApplier(ElasticsearchClient client, Path configDir, IndexNames names) {
    this(client, configDir, names, Map.of());
  }

  /**
   * @param rewrites per index name (e.g. {@code documents}), how a document read from the old index
   *     becomes what the new one stores, for fields derived by the application and left out of
   *     {@code _source}
   */
  public IndexConfigApplier(
      ElasticsearchClient client,
      Path configDir,
      IndexNames names,
      Map<String, UnaryOperator<ObjectNode>> rewrites) {
    this.client = client;
    this.configDir = configDir;
    this.names = names;
    this.rewrites = Map.copyOf(rewrites);
  }

  /**
   * What start-up found for one index.
   *
   * @param staleIndex the older index the alias still points at when the config's version moved on,
   *     else null
   */
  public record AppliedIndex(
      String name, String alias, String index, int version, @Nullable String staleIndex) {}

  /** Puts every template and makes sure every alias exists; safe to run on every start. */
  public List<AppliedIndex> apply() {
    Path components = configDir.resolve("component-templates");
    Path templates = configDir.resolve("index-templates");
    if (!Files.isDirectory(templates)) {
      throw new IndexConfigException(
          "No index templates at "
              + templates.toAbsolutePath()
              + ": set catalyst.index.config-dir to the project's index-config folder.");
    }
    for (Path file : jsonFiles(components)) {
      putComponentTemplate(file);
    }
    List<AppliedIndex> applied = new ArrayList<>();
    for (Path file : jsonFiles(templates)) {
      applied.add(putIndexTemplateAndAlias(file));
    }
    return applied;
  }

  private void putComponentTemplate(Path file) {
    String name = names.alias(baseName(file));
    ObjectNode body = read(file);
    try {
      client.cluster().putComponentTemplate(b -> b.name(name).withJson(reader(body)));
    } catch (ElasticsearchException | IOException e) {
      throw refused(file, "component template " + name, e);
    }
  }

  private AppliedIndex putIndexTemplateAndAlias(Path file) {
    String name = baseName(file);
    ObjectNode body = read(file);
    int version = body.path("_meta").path("version").asInt(0);
    if (version < 1) {
      throw new IndexConfigException(
          file
              + ": _meta.version must be a positive integer (the index is named "
              + name
              + "-v<version>); add \"_meta\": {\"version\": 1}.");
    }
    List<String> composedOf = new ArrayList<>();
    body.path("composed_of").forEach(n -> composedOf.add(n.asText()));
    ArrayNode prefixed = body.putArray("composed_of");
    composedOf.forEach(c -> prefixed.add(names.alias(c)));
    body.putArray("index_patterns").add(names.alias(name) + "-*");
    try {
      client.indices().putIndexTemplate(b -> b.name(names.alias(name)).withJson(reader(body)));
    } catch (ElasticsearchException | IOException e) {
      throw refused(file, "index template " + names.alias(name), e);
    }
    return ensureAlias(file, name, version, composedOf);
  }

  private AppliedIndex ensureAlias(Path file, String name, int version, List<String> composedOf) {
    String alias = names.alias(name);
    String wanted = names.versioned(name, version);
    try {
      if (client.indices().existsAlias(b -> b.name(alias)).value()) {
        GetAliasResponse current = client.indices().getAlias(b -> b.name(alias));
        String index = current.result().keySet().iterator().next();
        if (index.equals(wanted)) {
          addNewFields(wanted, composedOf);
          return new AppliedIndex(name, alias, wanted, version, null);
        }
        return migrate(file, name, alias, index, wanted, version);
      }
      if (client.indices().exists(b -> b.index(alias)).value()) {
        throw new IndexConfigException(
            "A concrete index named '"
                + alias
                + "' exists where the alias of that name should be. Move its documents to "
                + wanted
                + " or delete it, then start again.");
      }
      try {
        client.indices().create(b -> b.index(wanted).aliases(alias, a -> a.isWriteIndex(true)));
        log.info("Created index {} behind alias {}", wanted, alias);
      } catch (ElasticsearchException e) {
        // Two processes starting at once both try to create it; the loser just uses it.
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e;
        }
      }
      return new AppliedIndex(name, alias, wanted, version, null);
    } catch (ElasticsearchException | IOException e) {
      throw refused(file, "index " + wanted + " behind alias " + alias, e);
    }
  }

  /**
   * The config asks for a newer index than the alias serves: build it from the template, copy the
   * documents over and move the alias. A failed copy leaves the alias (and writes) on the old index
   * and says so; the next start tries again.
   */
  private AppliedIndex migrate(
      Path file, String name, String alias, String current, String wanted, int version)
      throws IOException {
    if (versionOf(current) > version) {
      log.warn(
          "{} asks for {} (version {}), but alias {} points at the newer {}: an older release of the"
              + " application is running against newer indices. It keeps using {}.",
          file,
          wanted,
          version,
          alias,
          current,
          current);
      return new AppliedIndex(name, alias, current, version, current);
    }
    try {
      // It may exist already, left by a copy that did not finish or being filled by another process
      // starting at the same moment: copying over it again is safe (same ids, same documents).
      if (!client.indices().exists(b -> b.index(wanted)).value()) {
        try {
          client.indices().create(b -> b.index(wanted));
        } catch (ElasticsearchException e) {
          if (!"resource_already_exists_exception".equals(e.error().type())) {
            throw e;
          }
        }
      }
      new IndexCopy(client)
          .copyAndSwap(
              alias, current, wanted, rewrites.getOrDefault(name, UnaryOperator.identity()));
      return new AppliedIndex(name, alias, wanted, version, null);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "{} asks for {} (version {}), but copying the documents of {} failed: {}. The alias {} stays on {};"
              + " the next start tries again.",
          file,
          wanted,
          version,
          current,
          e.getMessage(),
          alias,
          current);
      return new AppliedIndex(name, alias, current, version, current);
    }
  }

  /** The version in an index name {@code <alias>-v<version>}, or 0 for a name of another shape. */
  private static int versionOf(String index) {
    int v = index.lastIndexOf("-v");
    try {
      return v < 0 ? 0 : Integer.parseInt(index.substring(v + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void addNewFields(String index, List<String> composedOf) throws IOException {
    for (String component : composedOf) {
      Path file = configDir.resolve("component-templates").resolve(component + ".json");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      JsonNode mappings = read(file).path("template").path("mappings");
      if (mappings.isObject() && mappings.size() > 0) {
        try {
          client.indices().putMapping(b -> b.index(index).withJson(reader(mappings)));
        } catch (ElasticsearchException e) {
          throw new IndexConfigException(
              file
                  + ": the live index "
                  + index
                  + " cannot take this mapping in place ("
                  + e.getMessage()
                  + "). A changed field type needs a new index: bump _meta.version in the index"
                  + " template that uses "
                  + component
                  + ".",
              e);
        }
      }
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new IndexConfigException("Cannot list " + dir + ": " + e, e);
    }
  }

  private static ObjectNode read(Path file) {
    try {
      JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!(node instanceof ObjectNode object)) {
        throw new IndexConfigException(file + ": expected a JSON object at the top level");
      }
      return object;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var location = e.getLocation();
      throw new IndexConfigException(
          file
              + (location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr())
              + ": invalid JSON: "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new IndexConfigException("Cannot read " + file + ": " + e, e);
    }
  }

  private static StringReader reader(JsonNode body) {
    return new StringReader(body.toString());
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  private static IndexConfigException refused(Path file, String what, Exception e) {
    if (e instanceof IOException) {
      return new IndexConfigException(
          "Elasticsearch could not be reached while applying " + what + " from " + file + ": " + e,
          e);
    }
    return new IndexConfigException(
        file + ": Elasticsearch refused " + what + ": " + e.getMessage(), e);
  }
}
