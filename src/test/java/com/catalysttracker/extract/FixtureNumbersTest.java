package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 文号 and 项目编号 of the fixture documents, found again in their detail pages' text. */
class FixtureNumbersTest {

  @Test
  void findsTheDocNumberOfEveryHtmlPolicyPage() {
    List<String> misses = new ArrayList<>();
    int read = 0;
    for (SiteFixtures.Expected e : SiteFixtures.all()) {
      if (e.kind() != SourceKind.POLICY || e.page() == null || e.url().contains("#")) {
        continue;
      }
      read++;
      // Interpretations and drafts carry no 文号 of their own; what their text cites is the
      // policy's. The caller knows the type from the classifier, as an extractor would.
      DocType type = DocTypeClassifier.standard().classify(e.kind(), e.title());
      Optional<String> got =
          type == DocType.POLICY ? DocNumberParser.fromPage(e.html().text()) : Optional.empty();
      if (!Objects.equals(got.orElse(null), e.text("doc_number"))) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s: want %s got %s",
                e.source(),
                e.url(),
                e.text("doc_number"),
                got.orElse(null)));
      }
    }
    report("doc numbers", read, misses);
  }

  @Test
  void findsTheProjectCodeOfEveryHtmlProcurementPage() {
    List<String> misses = new ArrayList<>();
    int read = 0;
    for (SiteFixtures.Expected e : SiteFixtures.all()) {
      // State Grid answers carry the code as a JSON field (PURPRJ_CODE) the crawler reads directly.
      if (e.kind() != SourceKind.PROCUREMENT
          || e.page() == null
          || e.text("project_code") == null
          || e.source().equals("sgcc-ecp")) {
        continue;
      }
      read++;
      Optional<String> got = ProjectCodeParser.find(e.html().text());
      if (!Objects.equals(got.orElse(null), e.text("project_code"))) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s: want %s got %s",
                e.source(),
                e.url(),
                e.text("project_code"),
                got.orElse(null)));
      }
    }
    report("project codes", read, misses);
  }

  private static void report(String what, int read, List<String> misses) {
    String report =
        String.format(Locale.ROOT, "%s: %d of %d pages right", what, read - misses.size(), read);
    System.out.println(report);
    misses.forEach(System.out::println);
    assertThat(misses).as(report).isEmpty();
  }
}
