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

  public IndexConfigApplier(ElasticsearchClient client, Path configDir, IndexNames names) {
    this.client = client;
    this.configDir = configDir;
    this.names = names;
  }

  /**
   * What start-up found for one index.
   *
   * @param staleIndex the older index the alias still points at when the config's version moved
   *     on, else null
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
          file + ": _meta.version must be a positive integer (the index is named " + name
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
        log.warn(
            "{} asks for {} (version {}), but alias {} still points at {}. The application keeps"
                + " using {} until its documents are copied to the new index.",
            file,
            wanted,
            version,
            alias,
            index,
            index);
        return new AppliedIndex(name, alias, index, version, index);
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
              + (location == null
                  ? ""
                  : ":" + location.getLineNr() + ":" + location.getColumnNr())
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
