package com.catalysttracker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.Region;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every region in the fixtures' answer keys, resolved from the issuer and the page text. Central
 * policies are included: their issuers name no division and their pages state no buyer's place, so
 * they resolve to nothing, as DESIGN.md wants.
 */
class FixtureRegionsTest {

  private final RegionResolver resolver = RegionResolver.load(FixtureDocuments.REFERENCE);

  @Test
  void resolvesEveryExpectedRegionFromIssuerAndPage() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (FixtureDocuments.Expected document : FixtureDocuments.all()) {
      checked++;
      JsonNode region = document.json().get("region");
      Optional<Region> expected =
          region == null || region.isNull()
              ? Optional.empty()
              : Optional.of(
                  new Region(
                      region.get("province").asText(),
                      region.get("city").isNull() ? null : region.get("city").asText(),
                      region.get("code").asText()));
      Optional<Region> actual = resolver.resolve(document.text("issuer"), document.pageText());
      if (!actual.equals(expected)) {
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
    System.out.printf(Locale.ROOT, "regions: %d of %d right%n", checked - wrong.size(), checked);
    assertThat(checked).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }
}
