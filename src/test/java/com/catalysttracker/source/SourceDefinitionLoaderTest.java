package com.catalysttracker.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.extract.DetailField;
import com.catalysttracker.extract.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definitions load with their defaults, and every broken one is rejected naming file, line, column,
 * field and problem.
 */
class SourceDefinitionLoaderTest {

  @TempDir Path dir;

  private static final String VALID =
      """
      id: demo
      name: 示例
      kind: policy
      site:
        hosts: [www.example.gov.cn]
      lists:
        - url: https://www.example.gov.cn/list/
          items:
            select: ul > li
            link: a@href
      detail:
        title: h1
      """;

  private final SourceDefinitionLoader loader =
      new SourceDefinitionLoader(Map.of("low-altitude", List.of("低空", "无人机")));

  private Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMinimalDefinitionGetsTheDocumentedDefaults() throws IOException {
    SourceDefinition d = loader.load(write("demo.yml", VALID));

    assertThat(d.id()).isEqualTo("demo");
    assertThat(d.kind()).isEqualTo(SourceKind.POLICY);
    assertThat(d.scheme()).isEqualTo("https");
    assertThat(d.cron()).isEqualTo("0 0 * * * ?");
    assertThat(d.delay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(d.stopAfterSeen()).isEqualTo(5);
    assertThat(d.detailAdapter()).isEqualTo("html");
    assertThat(d.detail().required())
        .containsExactlyInAnyOrder(DetailField.TITLE, DetailField.PUBLISHED);
    assertThat(d.lists())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.maxPages()).isEqualTo(25);
              assertThat(l.paged()).isFalse();
              assertThat(l.every()).isEqualTo(1);
              assertThat(l.dueOnRun(2)).isTrue();
            });
  }

  @Test
  void aListReadEveryNthRunIsDueOnRunsOneOnePlusNAndSoOnAndABadEveryIsRejectedAtItsLine()
      throws IOException {
    SourceDefinition d =
        loader.load(write("demo.yml", VALID.replace("    items:", "    every: 4\n    items:")));
    ListSpec list = d.lists().get(0);
    assertThat(list.every()).isEqualTo(4);
    assertThat(java.util.stream.IntStream.rangeClosed(1, 10).filter(list::dueOnRun))
        .containsExactly(1, 5, 9);
    assertThat(list.dueOnRun(0)).as("run count unknown: read it").isTrue();

    Path zero = write("demo.yml", VALID.replace("    items:", "    every: 0\n    items:"));
    assertThatThrownBy(() -> loader.load(zero))
        .hasMessage(zero + ":8:12: lists[0].every: expected a positive whole number, was '0'");
    Path words = write("demo.yml", VALID.replace("    items:", "    every: weekly\n    items:"));
    assertThatThrownBy(() -> loader.load(words))
        .hasMessageContaining(
            ":8:12: lists[0].every: expected a positive whole number, was 'weekly'");
  }

  @Test
  void theReferenceFileListingEveryKeyIsAValidDefinition() throws IOException {
    Path reference =
        write(
            "reference.yml",
            Files.readString(Path.of("crawlers/_reference.yml"), StandardCharsets.UTF_8));
    SourceDefinition d =
        new SourceDefinitionLoader(
                SourceCatalog.readThemes(Path.of("crawlers/_themes.yml")),
                SourceCatalog.readFamilies(Path.of("crawlers/_families.yml")).keySet())
            .load(reference);
    assertThat(d.searchTerms()).contains("低空", "示例");
    assertThat(d.family()).isEqualTo("trs-wcm");
    assertThat(d.follow()).isNotEmpty();
    assertThat(d.detailBlockMarkers()).isNotEmpty();
    assertThat(d.lists().get(0).next()).isNotNull();
  }

  @Test
  void rejectsAnUnknownKeyNamingTheKnownOnes() throws IOException {
    Path file =
        write(
            "demo.yml",
            VALID.replace(
                "  hosts: [www.example.gov.cn]", "  hosts: [www.example.gov.cn]\n  encodng: gbk"));
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            file
                + ":6:3: site.encodng: unknown key 'encodng'; known keys here: encoding, hosts, scheme");
  }

  @Test
  void aDefinitionWithoutFamilyIsCustomAndAFamilyMustBeKnown() throws IOException {
    assertThat(loader.load(write("demo.yml", VALID)).family()).isEqualTo("custom");
    SourceDefinitionLoader knowing =
        new SourceDefinitionLoader(Map.of(), java.util.Set.of("trs-wcm", "kaipuyun"));
    assertThat(
            knowing
                .load(
                    write(
                        "demo.yml",
                        VALID.replace("kind: policy", "kind: policy\nfamily: kaipuyun")))
                .family())
        .isEqualTo("kaipuyun");
    Path file = write("demo.yml", VALID.replace("kind: policy", "kind: policy\nfamily: hanweb"));
    assertThatThrownBy(() -> knowing.load(file))
        .hasMessage(
            file
                + ":4:9: family: unknown family 'hanweb'; known families (crawlers/_families.yml): custom, kaipuyun, trs-wcm."
                + " Add a new one there, or use custom");
  }

  @Test
  void followTakesLinkSelectorsOnly() throws IOException {
    assertThat(
            loader
                .load(
                    write(
                        "demo.yml",
                        VALID.replace("title: h1", "title: h1\n  follow: ['div.xgjd a[href]']")))
                .follow())
        .containsExactly("div.xgjd a[href]");
    Path file =
        write("demo.yml", VALID.replace("title: h1", "title: h1\n  follow: ['div.xgjd a@href']"));
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":13:11: detail.follow: 'div.xgjd a@href': follow takes plain CSS selectors of links (a[href]); their href is read");
  }

  @Test
  void rejectsAnIdThatDiffersFromTheFileName() throws IOException {
    Path file = write("other.yml", VALID);
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":1:5: id: id 'demo' differs from the file name; rename the file to demo.yml or set id: other");
  }

  @Test
  void rejectsAPlaceholderNoDiscoverValueNames() throws IOException {
    Path file =
        write(
            "demo.yml",
            VALID.replace(
                "https://www.example.gov.cn/list/", "https://www.example.gov.cn/api/{category}"));
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":7:10: lists[0].url: unknown placeholder {category}; known: {page}, {index}, {term}");
  }

  @Test
  void acceptsDiscoveredPlaceholdersAndRejectsADiscoverValueThatIsNotARegex() throws IOException {
    String discovering =
        VALID.replace(
            "  - url: https://www.example.gov.cn/list/\n",
            "  - url: https://www.example.gov.cn/api/{category}?sid={sid}\n"
                + "    discover:\n"
                + "      url: https://www.example.gov.cn/gkmlpt/index\n"
                + "      values: {sid: 'regex:SID:(\\d+)', category: 'regex:id=(\\d+)'}\n");
    assertThat(loader.load(write("demo.yml", discovering)).lists().get(0).discover().values())
        .containsOnlyKeys("sid", "category");
    Path file =
        write(
            "demo.yml",
            discovering.replace("category: 'regex:id=(\\d+)'", "category: 'tree.*.id'"));
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":10:50: lists[0].discover.values.category: a discovered value is read with regex:PATTERN (group 1 of the page's raw text), was 'tree.*.id'");
  }

  @Test
  void rejectsAListUrlOnAHostTheSourceDoesNotName() throws IOException {
    Path file =
        write(
            "demo.yml",
            VALID.replace(
                "https://www.example.gov.cn/list/", "https://elsewhere.example.com/list/"));
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":7:10: lists[0].url: host elsewhere.example.com is not in site.hosts [www.example.gov.cn]; add it there if it belongs to the site");
  }

  @Test
  void rejectsABrokenCssSelectorAtItsLine() throws IOException {
    Path file = write("demo.yml", VALID.replace("title: h1", "title: [h1, 'div[class=']"));
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith(
            file + ":12:10: detail.title: 'div[class=': not a valid CSS selector");
  }

  @Test
  void rejectsALinkTemplateWithoutThePlaceholderAndReadsAValidOne() throws IOException {
    Path bad =
        write(
            "demo.yml",
            VALID.replace(
                "      link: a@href\n",
                "      link: a@href\n      link-template: https://www.example.gov.cn/detail\n"));
    assertThatThrownBy(() -> loader.load(bad))
        .hasMessage(
            bad
                + ":11:22: lists[0].items.link-template: 'https://www.example.gov.cn/detail' must be an absolute http(s) URL with {link} where the item's link value goes");
    Path good =
        write(
            "demo.yml",
            VALID.replace(
                "      link: a@href\n",
                "      link: a@href\n      link-template: 'https://www.example.gov.cn/d?id={link}'\n"));
    assertThat(loader.load(good).lists().get(0).items().linkTemplate())
        .isEqualTo("https://www.example.gov.cn/d?id={link}");
  }

  @Test
  void rejectsABadCronAndExplainsTheSixFields() throws IOException {
    Path file = write("demo.yml", VALID + "schedule:\n  cron: every hour\n");
    assertThatThrownBy(() -> loader.load(file))
        .hasMessageStartingWith(file + ":14:9: schedule.cron: not a Quartz cron expression")
        .hasMessageContaining("six fields");
  }

  @Test
  void rejectsASearchListWithoutTerms() throws IOException {
    Path file =
        write(
            "demo.yml",
            VALID.replace(
                "https://www.example.gov.cn/list/", "https://www.example.gov.cn/s?q={term}"));
    assertThatThrownBy(() -> loader.load(file))
        .hasMessage(
            file
                + ":7:5: lists[0]: this list searches with {term}, but search.themes and search.terms give no terms");
  }

  @Test
  void rejectsAnUnknownThemeAndAnUnknownPlaceholder() throws IOException {
    Path themes = write("demo.yml", VALID + "search:\n  themes: [flying-cars]\n");
    assertThatThrownBy(() -> loader.load(themes))
        .hasMessage(
            themes
                + ":14:11: search.themes: unknown theme 'flying-cars'; themes with search terms (crawlers/_themes.yml): low-altitude");
    Path placeholder = write("demo.yml", VALID.replace("/list/", "/list/{pg}"));
    assertThatThrownBy(() -> loader.load(placeholder))
        .hasMessageContaining("lists[0].url: unknown placeholder {pg}");
  }

  @Test
  void rejectsInvalidYamlWithLineAndColumn() throws IOException {
    Path file = write("demo.yml", "id: demo\nname: [unclosed\nkind: policy\n");
    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void aBrokenFileIsReportedWhileTheOthersStillLoad() throws IOException {
    write("demo.yml", VALID);
    write(
        "broken.yml",
        VALID.replace("id: demo", "id: broken").replace("kind: policy", "kind: news"));
    write("_notes.yml", "not: a source\n");

    SourceCatalog catalog = SourceCatalog.load(dir);

    assertThat(catalog.sources()).extracting(SourceDefinition::id).containsExactly("demo");
    assertThat(catalog.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file().getFileName().toString()).isEqualTo("broken.yml");
              assertThat(e.field()).isEqualTo("kind");
              assertThat(e.problem()).isEqualTo("expected policy or procurement, was 'news'");
            });
    assertThat(catalog.errorFor("broken")).isPresent();
  }
}
