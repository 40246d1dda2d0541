package com.catalysttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.crawl.SourceHealth;
import com.catalysttracker.document.Document;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hand-written OpenAPI description cannot drift from the controllers: each side is checked
 * against the other.
 */
class OpenApiDescriptionTest {
  private static final JsonNode API = OpenApiController.toJson(OpenApiController.read());
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  /**
   * DocumentsController.exportQuery replaces these with the export's own paging, so they are not
   * documented there.
   */
  private static final Set<String> EXPORT_IGNORES =
      Set.of("size", "search_after", "aggs", "theme_months");

  private record Operation(String method, String path) {
    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  @Test
  void everyMappingIsDescribedAndEveryDescribedOperationIsMapped() throws Exception {
    Set<Operation> mapped = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    mapped.addAll(mappings().keySet());
    Set<Operation> described = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    API.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> {
                          if (HTTP_METHODS.contains(method)) {
                            described.add(new Operation(method, path.getKey()));
                          }
                        }));

    assertThat(mapped)
        .as("controller mappings under com.catalysttracker")
        .contains(new Operation("get", "/api/documents"), new Operation("get", "/api/rules"));
    assertThat(described)
        .as(
            "operations in src/main/resources/"
                + OpenApiController.RESOURCE
                + " (add the missing ones there, remove those no controller maps)")
        .isEqualTo(mapped);
  }

  @Test
  void everyRequestParameterAndPathVariableIsDescribed() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Operation, Method> mapping : mappings().entrySet()) {
      Set<String> documented = parameterNames(mapping.getKey());
      for (Parameter parameter : mapping.getValue().getParameters()) {
        String name = nameOf(parameter);
        if (name != null && !documented.contains(name)) {
          missing.add(mapping.getKey() + " " + name);
        }
      }
    }
    assertThat(missing).as("parameters missing from " + OpenApiController.RESOURCE).isEmpty();
  }

  @Test
  void theSearchAndExportsDescribeExactlyTheParametersSearchParamsReads() throws Exception {
    // The search takes a MultiValueMap, so the names it reads are found in SearchParams itself.
    String source =
        Files.readString(
            Path.of("src/main/java/com/catalysttracker/web/SearchParams.java"),
            StandardCharsets.UTF_8);
    Set<String> read = new TreeSet<>();
    Matcher name = Pattern.compile("\\(params, \"(\\w+)\"").matcher(source);
    while (name.find()) {
      read.add(name.group(1));
    }
    assertThat(read).contains("q", "theme", "search_after", "aggs");

    assertThat(parameterNames(new Operation("get", "/api/documents"))).isEqualTo(read);
    Set<String> exported = new TreeSet<>(read);
    exported.removeAll(EXPORT_IGNORES);
    assertThat(parameterNames(new Operation("get", "/api/documents/export.csv")))
        .isEqualTo(exported);
    assertThat(parameterNames(new Operation("get", "/api/documents/export.xlsx")))
        .isEqualTo(exported);
  }

  @Test
  void theSchemasOfRecordsTheApiSendsAsTheyAreListEveryField() {
    for (Class<?> record : List.of(Document.class, SourceHealth.class)) {
      Set<String> fields = new TreeSet<>();
      for (RecordComponent component : record.getRecordComponents()) {
        fields.add(new PropertyNamingStrategies.SnakeCaseStrategy().translate(component.getName()));
      }
      Set<String> described = new TreeSet<>();
      API.path("components")
          .path("schemas")
          .path(record.getSimpleName())
          .path("properties")
          .fieldNames()
          .forEachRemaining(described::add);
      assertThat(described).as("components.schemas." + record.getSimpleName()).isEqualTo(fields);
    }
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(API, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(API.at(ref.substring(1)).isMissingNode())
          .as(ref + " in " + OpenApiController.RESOURCE)
          .isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      collectRefs(children.next(), refs);
    }
  }

  private static Set<String> parameterNames(Operation operation) {
    JsonNode path = API.path("paths").path(operation.path());
    Set<String> names = new TreeSet<>();
    for (JsonNode list :
        List.of(path.path("parameters"), path.path(operation.method()).path("parameters"))) {
      for (JsonNode parameter : list) {
        JsonNode resolved =
            parameter.has("$ref") ? API.at(parameter.get("$ref").asText().substring(1)) : parameter;
        names.add(resolved.path("name").asText());
      }
    }
    return names;
  }

  private static String nameOf(Parameter parameter) {
    if (MultiValueMap.class.isAssignableFrom(parameter.getType())) {
      return null;
    }
    RequestParam param = parameter.getAnnotation(RequestParam.class);
    if (param != null) {
      return !param.name().isEmpty()
          ? param.name()
          : !param.value().isEmpty() ? param.value() : parameter.getName();
    }
    PathVariable variable = parameter.getAnnotation(PathVariable.class);
    if (variable != null) {
      return !variable.name().isEmpty()
          ? variable.name()
          : !variable.value().isEmpty() ? variable.value() : parameter.getName();
    }
    return null;
  }

  /** Every handler method of every @RestController of the application, by HTTP method and path. */
  private static Map<Operation, Method> mappings() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    Map<Operation, Method> mappings = new java.util.LinkedHashMap<>();
    for (BeanDefinition bean : scanner.findCandidateComponents("com.catalysttracker")) {
      Class<?> controller = Class.forName(bean.getBeanClassName());
      RequestMapping root =
          AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
      List<String> prefixes =
          root == null || root.path().length == 0 ? List.of("") : List.of(root.path());
      for (Method method : controller.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
        List<String> verbs =
            Stream.of(mapping.method()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
        for (String prefix : prefixes) {
          for (String path : paths) {
            for (String verb : verbs.isEmpty() ? List.of("get") : verbs) {
              mappings.put(new Operation(verb, prefix + path), method);
            }
          }
        }
      }
    }
    return mappings;
  }
}
