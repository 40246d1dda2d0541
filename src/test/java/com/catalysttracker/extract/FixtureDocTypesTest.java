package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.DocType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every title in the fixtures' answer keys, classified with its source's kind, gives the key's
 * doc_type.
 */
class FixtureDocTypesTest {

  @Test
  void classifiesEveryFixtureTitleAsTheAnswerKeyDoes() {
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (SiteFixtures.Expected e : SiteFixtures.all()) {
      total++;
      DocType want = DocType.fromWireName(e.text("doc_type"));
      DocType got = DocTypeClassifier.standard().classify(e.kind(), e.title());
      if (got != want) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s %s: want %s got %s",
                e.source(),
                e.title(),
                want.wireName(),
                got.wireName()));
      }
    }
    String report =
        String.format(
            Locale.ROOT,
            "doc types: %d of %d titles right from the title alone",
            total - misses.size(),
            total);
    System.out.println(report);
    misses.forEach(System.out::println);
    assertThat(misses).as(report).isEmpty();
  }
}
