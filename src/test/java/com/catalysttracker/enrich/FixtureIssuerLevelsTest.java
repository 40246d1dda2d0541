package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.IssuerLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every issuer_level in the fixtures' answer keys, from the issuer name alone. */
class FixtureIssuerLevelsTest {

  private final IssuerLevels levels =
      IssuerLevels.load(
          FixtureDocuments.REFERENCE, RegionResolver.load(FixtureDocuments.REFERENCE));

  @Test
  void ranksEveryFixtureIssuerAsTheAnswerKeyDoes() {
    List<String> wrong = new ArrayList<>();
    List<FixtureDocuments.Expected> documents = FixtureDocuments.all();
    for (FixtureDocuments.Expected document : documents) {
      IssuerLevel expected = IssuerLevel.fromWireName(document.text("issuer_level"));
      IssuerLevel actual = levels.levelOf(document.text("issuer"));
      if (actual != expected) {
        wrong.add(
            document.text("issuer")
                + ": expected "
                + expected
                + " but got "
                + actual
                + " ("
                + document
                + ")");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "issuer levels: %d of %d right%n",
        documents.size() - wrong.size(),
        documents.size());
    assertThat(documents).hasSizeGreaterThan(100);
    assertThat(wrong).isEmpty();
  }
}
