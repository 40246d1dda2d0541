package com.catalysttracker.web;

import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The API's OpenAPI description, written by hand in {@code web/openapi.yaml} (a test keeps it in
 * step with the controllers), served as written and as JSON for tools and the /api.html page.
 */
@RestController
@RequestMapping("/api")
class OpenApiController {
  static final String RESOURCE = "web/openapi.yaml";

  private final String yaml;
  private final JsonNode json;

  OpenApiController() {
    this.yaml = read();
    this.json = toJson(yaml);
  }

  @GetMapping("/openapi.json")
  JsonNode json() {
    return json;
  }

  @GetMapping("/openapi.yaml")
  ResponseEntity<String> yaml() {
    return ResponseEntity.ok()
        .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
        .body(yaml);
  }

  static String read() {
    try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE
                + " is missing from the classpath; it belongs in src/main/resources/"
                + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * YAML to JSON; keys become strings, as JSON needs ({@code "200":} is written quoted, but be
   * sure).
   */
  static JsonNode toJson(String yaml) {
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return DocumentJson.mapper().valueToTree(stringKeys(tree));
  }

  private static Object stringKeys(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(String.valueOf(key), stringKeys(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(OpenApiController::stringKeys).toList();
    }
    return node;
  }
}
