package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every budget_yuan and amount_yuan in the fixtures' answer keys, found again by {@link
 * AmountFinder#inHtml} in the detail page a crawl reads (the HTML page, or the HTML inside a JSON
 * API answer). Pages whose facts are printed only in a PDF (cebpubservice, one State Grid notice)
 * are counted as skipped: their text layer is another component's job.
 */
class FixtureAmountsTest {

  @Test
  void findsTheAnswerKeysAmountsInTheDetailPages() {
    int expected = 0;
    int right = 0;
    int skipped = 0;
    List<String> misses = new ArrayList<>();
    for (SiteFixtures.Expected e : SiteFixtures.all()) {
      for (String field : List.of("budget_yuan", "amount_yuan")) {
        String want = e.text(field);
        if (want == null) {
          continue;
        }
        expected++;
        if (e.page() == null || !pageHoldsTheFacts(e)) {
          skipped++;
          System.out.println("skipped (PDF only): " + e.source() + " " + e.title() + " " + field);
          continue;
        }
        Amounts amounts = AmountFinder.inHtml(e.html().body());
        Optional<BigDecimal> got = field.equals("budget_yuan") ? amounts.budget() : amounts.award();
        if (got.isPresent() && got.get().compareTo(new BigDecimal(want)) == 0) {
          right++;
        } else {
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s %s %s: want %s got %s from %s",
                  e.source(),
                  e.title(),
                  field,
                  want,
                  got.orElse(null),
                  amounts.found()));
        }
      }
    }
    String report =
        String.format(
            Locale.ROOT,
            "amounts: %d expected, %d skipped (PDF only), %d right of %d read",
            expected,
            skipped,
            right,
            expected - skipped);
    System.out.println(report);
    misses.forEach(System.out::println);
    assertThat(misses).as(report).isEmpty();
  }

  /** A State Grid notice whose content says only 详见附件 has its facts in a PDF. */
  private static boolean pageHoldsTheFacts(SiteFixtures.Expected e) {
    return !e.source().equals("cebpubservice")
        && !(e.source().equals("sgcc-ecp") && e.html().text().contains("详见附件"));
  }
}
