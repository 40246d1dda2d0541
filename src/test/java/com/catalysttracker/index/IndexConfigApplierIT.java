package com.catalysttracker.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

class IndexConfigApplierIT {
  private final ElasticsearchClient client = TestElasticsearch.client();
  @TempDir Path config;
  private IndexNames names;

  @BeforeEach
  void copyTheProjectsIndexConfig(TestInfo test) throws IOException {
    names =
        new IndexNames(
            TestElasticsearch.prefixFor(IndexConfigApplierIT.class)
                + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT)
                + "-");
    TestElasticsearch.deleteIndices(names.prefix());
    Path source = Path.of("index-config");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = config.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private List<IndexConfigApplier.AppliedIndex> apply() {
    return new IndexConfigApplier(client, config, names).apply();
  }

  @Test
  void createsVersionedIndicesBehindAliasesAndIsIdempotent() throws IOException {
    List<IndexConfigApplier.AppliedIndex> first = apply();
    List<IndexConfigApplier.AppliedIndex> second = apply();

    assertThat(first).extracting(IndexConfigApplier.AppliedIndex::index)
        .containsExactlyInAnyOrder(names.versioned("alerts", 1), names.versioned("crawl-state", 1), names.versioned("documents", 1));
    assertThat(second).isEqualTo(first);
    var alias = client.indices().getAlias(a -> a.name(names.documents()));
    assertThat(alias.result()).containsOnlyKeys(names.versioned("documents", 1));
  }

  @Test
  void aBumpedVersionLeavesTheAliasOnTheOldIndexAndSaysSo() throws IOException {
    apply();
    Path template = config.resolve("index-templates/documents.json");
    Files.writeString(
        template,
        Files.readString(template, StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 2"),
        StandardCharsets.UTF_8);

    IndexConfigApplier.AppliedIndex documents =
        apply().stream().filter(i -> i.name().equals("documents")).findFirst().orElseThrow();

    assertThat(documents.index()).isEqualTo(names.versioned("documents", 1));
    assertThat(documents.staleIndex()).isEqualTo(names.versioned("documents", 1));
    assertThat(documents.version()).isEqualTo(2);
  }

  @Test
  void aNewFieldInAComponentTemplateReachesTheLiveIndex() throws IOException {
    apply();
    Path mappings = config.resolve("component-templates/documents-mappings.json");
    Files.writeString(
        mappings,
        Files.readString(mappings, StandardCharsets.UTF_8)
            .replace("\"id\": { \"type\": \"keyword\" },", "\"id\": { \"type\": \"keyword\" },\n \"analyst_note\": { \"type\": \"keyword\" },"),
        StandardCharsets.UTF_8);

    apply();

    var mapping = client.indices().getMapping(m -> m.index(names.documents()));
    assertThat(mapping.result().get(names.versioned("documents", 1)).mappings().properties())
        .containsKey("analyst_note");
  }

  @Test
  void invalidJsonNamesTheFileLineAndColumn() throws IOException {
    Path broken = config.resolve("component-templates/alerts-mappings.json");
    Files.writeString(broken, "{\n  \"template\": {\n    \"mappings\": { ,\n", StandardCharsets.UTF_8);

    assertThatThrownBy(this::apply)
        .isInstanceOf(IndexConfigException.class)
        .hasMessageStartingWith(broken + ":3:")
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void aMissingVersionIsRejectedWithTheFix() throws IOException {
    Path template = config.resolve("index-templates/alerts.json");
    Files.writeString(
        template, "{\"composed_of\": [\"catalyst-settings\", \"alerts-mappings\"]}", StandardCharsets.UTF_8);

    assertThatThrownBy(this::apply)
        .isInstanceOf(IndexConfigException.class)
        .hasMessageContaining(template.toString())
        .hasMessageContaining("\"_meta\": {\"version\": 1}");
  }

  @Test
  void aFieldTypeChangeThatCannotApplyInPlaceAsksForANewVersion() throws IOException {
    apply();
    Path mappings = config.resolve("component-templates/documents-mappings.json");
    Files.writeString(
        mappings,
        Files.readString(mappings, StandardCharsets.UTF_8)
            .replace("\"doc_type\": { \"type\": \"keyword\" }", "\"doc_type\": { \"type\": \"long\" }"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(this::apply)
        .isInstanceOf(IndexConfigException.class)
        .hasMessageContaining("bump _meta.version");
  }
}
