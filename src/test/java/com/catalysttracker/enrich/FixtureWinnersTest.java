package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.ListedCompany;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every winner in the fixtures' answer keys maps to its listed company, or to none. */
class FixtureWinnersTest {

  private final ListedCompanyMatcher matcher =
      ListedCompanyMatcher.load(FixtureDocuments.REFERENCE);

  @Test
  void mapsListedWinnersAndNothingElse() {
    List<String> wrong = new ArrayList<>();
    int listed = 0;
    int total = 0;
    for (FixtureDocuments.Expected document : FixtureDocuments.all()) {
      JsonNode winners = document.json().get("winners");
      if (winners == null) {
        continue;
      }
      for (JsonNode winner : winners) {
        total++;
        JsonNode key = winner.get("listed");
        Optional<ListedCompany> expected =
            key == null || key.isNull()
                ? Optional.empty()
                : Optional.of(
                    new ListedCompany(key.get("code").asText(), key.get("name").asText()));
        listed += expected.isPresent() ? 1 : 0;
        Optional<ListedCompany> actual = matcher.match(winner.get("name").asText());
        if (!actual.equals(expected)) {
          wrong.add(
              winner.get("name").asText()
                  + ": expected "
                  + expected
                  + " but got "
                  + actual
                  + " ("
                  + document
                  + ")");
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "winners: %d of %d right (%d listed)%n", total - wrong.size(), total, listed);
    assertThat(listed).isGreaterThan(20);
    assertThat(total - listed).isGreaterThan(10);
    assertThat(wrong).isEmpty();
  }
}
