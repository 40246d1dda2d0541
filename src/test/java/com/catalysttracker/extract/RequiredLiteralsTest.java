package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

  @Test
  void literalsOutsideGroupsAndQuantifiersAreRequired() {
    assertThat(RequiredLiterals.of("(\\S+?公司)受\\S+?委托")).containsExactly("受", "委托");
    assertThat(RequiredLiterals.of("采购人 ?: ?([^\\s,，。;；]+)")).containsExactly("采购人", ":");
    assertThat(RequiredLiterals.of("项目名称 ?: ?(\\S+)")).containsExactly("项目名称", ":");
    assertThat(RequiredLiterals.of("([^\\s,，。;；:]+?) ?\\( ?(?:项目编号|招标编号) ?: ?CG\\d{16}"))
        .containsExactly(":", "CG");
    assertThat(RequiredLiterals.of("发文日期 ?: ?(\\d{4}年\\d{2}月\\d{2}日)"))
        .containsExactly("发文日期", ":");
    assertThat(RequiredLiterals.of("中标金额x{2,3}元")).containsExactly("中标金额", "元");
    assertThat(RequiredLiterals.of("公告+")).containsExactly("公");
  }

  @Test
  void givesNoneWhereAMatchNeedNotContainTheText() {
    assertThat(RequiredLiterals.of("招标人|采购人")).isEmpty();
    assertThat(RequiredLiterals.of("(?i)rsu设备")).isEmpty();
    assertThat(RequiredLiterals.of("\\Q采购人\\E")).isEmpty();
    assertThat(RequiredLiterals.of("(采购)\\1人")).isEmpty();
    assertThat(RequiredLiterals.of("\\p{IsHan}+公司")).isEmpty();
    assertThat(RequiredLiterals.of("[]x]采购")).isEmpty();
    assertThat(RequiredLiterals.of("(?:项目编号|招标编号)")).isEmpty();
    assertThat(RequiredLiterals.of("a?b*c+")).isEmpty();
  }

  /**
   * Every match of every regex selector in crawlers/ contains its literals, over every page of the
   * site copies.
   */
  @Test
  void everyMatchOfTheDefinitionsRegexesOnTheSiteCopiesContainsItsLiterals() throws IOException {
    List<Pattern> patterns = definitionRegexes();
    assertThat(patterns).hasSizeGreaterThan(20);
    List<String> texts = sitePageTexts();
    assertThat(texts).hasSizeGreaterThan(100);
    int matches = 0;
    for (Pattern pattern : patterns) {
      List<String> literals = RequiredLiterals.of(pattern.pattern());
      for (String text : texts) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          matches++;
          for (String literal : literals) {
            assertThat(m.group())
                .as("%s on a page matched without %s", pattern, literal)
                .contains(literal);
          }
        }
      }
    }
    assertThat(matches).isGreaterThan(100);
  }

  /** Random expressions over a small alphabet, and random texts: no match lacks a literal. */
  @Test
  void fuzzedExpressionsNeverMatchWithoutTheirLiterals() {
    Random random = new Random(6);
    String[] atoms = {
      "采", "购", "人", "：", ":", " ", "\\S", "\\d", ".", "[采购]", "[^人]", "(采购)", "(?:人|购)", "(?<n>采)",
      "\\(", "x"
    };
    String[] quantifiers = {"", "", "", "?", "*", "+", "{2}", "{0,2}", "+?", "??"};
    char[] alphabet = {'采', '购', '人', '：', ':', ' ', '1', 'x', '('};
    int checked = 0;
    for (int e = 0; e < 3000; e++) {
      StringBuilder regex = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int k = 0; k < length; k++) {
        regex
            .append(atoms[random.nextInt(atoms.length)])
            .append(quantifiers[random.nextInt(quantifiers.length)]);
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex.toString());
      } catch (java.util.regex.PatternSyntaxException invalid) {
        continue;
      }
      List<String> literals = RequiredLiterals.of(regex.toString());
      for (int t = 0; t < 30; t++) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(14);
        for (int k = 0; k < n; k++) {
          text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          checked++;
          for (String literal : literals) {
            assertThat(m.group())
                .as("%s matched %s without %s", regex, text, literal)
                .contains(literal);
          }
          if (m.end() == m.start() && m.end() >= text.length()) {
            break;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  private static List<Pattern> definitionRegexes() throws IOException {
    Pattern quoted = Pattern.compile("'(?:title-)?regex:((?:[^']|'')*)'");
    Set<String> regexes = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(Path.of("crawlers"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        Matcher m = quoted.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          regexes.add(m.group(1).replace("''", "'"));
        }
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    regexes.forEach(r -> patterns.add(Pattern.compile(r)));
    return patterns;
  }

  private static List<String> sitePageTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/sites"))) {
      for (Path file :
          files.filter(f -> f.toString().matches(".*\\.(s?html?|jhtml)$")).sorted().toList()) {
        String html = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        texts.add(FieldSelector.pageText(Jsoup.parse(html)));
      }
    }
    return texts;
  }
}
