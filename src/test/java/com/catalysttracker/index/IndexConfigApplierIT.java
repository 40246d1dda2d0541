package com.catalysttracker.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.testsupport.TestDocuments;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    assertThat(first)
        .extracting(IndexConfigApplier.AppliedIndex::index)
        .containsExactlyInAnyOrder(
            names.versioned("alerts", 1),
            names.versioned("crawl-state", 1),
            names.versioned("documents", documentsVersion()));
    assertThat(second).isEqualTo(first);
    var alias = client.indices().getAlias(a -> a.name(names.documents()));
    assertThat(alias.result()).containsOnlyKeys(names.versioned("documents", documentsVersion()));
  }

  @Test
  void aBumpedVersionCopiesTheDocumentsWithTheirDerivedFieldsAndMovesTheAlias() throws IOException {
    ChineseSegmenter segmenter =
        ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt"));
    apply();
    DocumentIndex old = new DocumentIndex(client, names, segmenter);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      documents.add(
          TestDocuments.policy("migrate-" + i, "关于推进低空经济发展的通知第" + i + "号", "建设低空飞行服务平台。"));
    }
    assertThat(old.indexAll(documents).rejections()).isEmpty();
    old.refresh();
    int version = documentsVersion();
    bumpDocumentsVersion(version + 1);

    IndexConfigApplier.AppliedIndex applied =
        new IndexConfigApplier(
                client,
                config,
                names,
                Map.of(
                    IndexNames.DOCUMENTS,
                    source ->
                        DocumentIndex.sourceOf(
                            DocumentJson.mapper().convertValue(source, Document.class), segmenter)))
            .apply().stream().filter(i -> i.name().equals("documents")).findFirst().orElseThrow();

    String newIndex = names.versioned("documents", version + 1);
    assertThat(applied.index()).isEqualTo(newIndex);
    assertThat(applied.staleIndex()).isNull();
    assertThat(client.indices().getAlias(a -> a.name(names.documents())).result())
        .containsOnlyKeys(newIndex);
    assertThat(client.count(c -> c.index(newIndex)).count()).isEqualTo(2_345);
    // title_words is not in _source: found only because the copy derived it again.
    assertThat(
            client
                .count(
                    c ->
                        c.index(newIndex)
                            .query(q -> q.match(m -> m.field("title_words").query("低空经济"))))
                .count())
        .isEqualTo(2_345);
    // The old index is kept, read-only: a stray writer fails instead of writing where nobody reads.
    String oldIndex = names.versioned("documents", version);
    assertThat(client.count(c -> c.index(oldIndex)).count()).isEqualTo(2_345);
    assertThatThrownBy(
            () -> client.index(i -> i.index(oldIndex).id("late").document(Map.of("title", "迟到"))))
        .hasMessageContaining("blocked");
  }

  @Test
  void aFailedCopyLeavesTheAliasAndWritesOnTheOldIndex() throws IOException {
    apply();
    DocumentIndex old =
        new DocumentIndex(
            client, names, ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    assertThat(old.indexAll(List.of(TestDocuments.policy("kept", "关于数据要素的通知", "正文。"))).rejections())
        .isEmpty();
    old.refresh();
    int version = documentsVersion();
    bumpDocumentsVersion(version + 1);

    IndexConfigApplier.AppliedIndex applied =
        new IndexConfigApplier(
                client,
                config,
                names,
                Map.of(
                    IndexNames.DOCUMENTS,
                    source -> {
                      throw new IllegalStateException("this document cannot be read");
                    }))
            .apply().stream().filter(i -> i.name().equals("documents")).findFirst().orElseThrow();

    String oldIndex = names.versioned("documents", version);
    assertThat(applied.index()).isEqualTo(oldIndex);
    assertThat(applied.staleIndex()).isEqualTo(oldIndex);
    assertThat(applied.version()).isEqualTo(version + 1);
    assertThat(client.indices().getAlias(a -> a.name(names.documents())).result())
        .containsOnlyKeys(oldIndex);
    old.index(TestDocuments.policy("after", "关于车路云一体化的通知", "正文。"));
  }

  private int documentsVersion() throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(config.resolve("index-templates/documents.json").toFile())
        .path("_meta")
        .path("version")
        .asInt();
  }

  private void bumpDocumentsVersion(int to) throws IOException {
    Path template = config.resolve("index-templates/documents.json");
    Files.writeString(
        template,
        Files.readString(template, StandardCharsets.UTF_8)
            .replaceFirst("\"version\": \\d+", "\"version\": " + to),
        StandardCharsets.UTF_8);
  }

  @Test
  void aNewFieldInAComponentTemplateReachesTheLiveIndex() throws IOException {
    apply();
    Path mappings = config.resolve("component-templates/documents-mappings.json");
    Files.writeString(
        mappings,
        Files.readString(mappings, StandardCharsets.UTF_8)
            .replace(
                "\"id\": { \"type\": \"keyword\" },",
                "\"id\": { \"type\": \"keyword\" },\n \"analyst_note\": { \"type\": \"keyword\" },"),
        StandardCharsets.UTF_8);

    apply();

    var mapping = client.indices().getMapping(m -> m.index(names.documents()));
    assertThat(
            mapping
                .result()
                .get(names.versioned("documents", documentsVersion()))
                .mappings()
                .properties())
        .containsKey("analyst_note");
  }

  @Test
  void invalidJsonNamesTheFileLineAndColumn() throws IOException {
    Path broken = config.resolve("component-templates/alerts-mappings.json");
    Files.writeString(
        broken, "{\n  \"template\": {\n    \"mappings\": { ,\n", StandardCharsets.UTF_8);

    assertThatThrownBy(this::apply)
        .isInstanceOf(IndexConfigException.class)
        .hasMessageStartingWith(broken + ":3:")
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void aMissingVersionIsRejectedWithTheFix() throws IOException {
    Path template = config.resolve("index-templates/alerts.json");
    Files.writeString(
        template,
        "{\"composed_of\": [\"catalyst-settings\", \"alerts-mappings\"]}",
        StandardCharsets.UTF_8);

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
            .replace(
                "\"doc_type\": { \"type\": \"keyword\" }", "\"doc_type\": { \"type\": \"long\" }"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(this::apply)
        .isInstanceOf(IndexConfigException.class)
        .hasMessageContaining("bump _meta.version");
  }
}
