package com.catalysttracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The published date of every fixture document whose detail page is HTML, found again in the page's
 * text. Single-page and API sites (ndrc's #/ drafts, State Grid, cebpubservice) take the date from
 * their list or API record and are not counted here.
 */
class FixtureDatesTest {

  @Test
  void findsThePublicationDateOfEveryHtmlFixturePage() {
    List<String> misses = new ArrayList<>();
    int read = 0;
    for (SiteFixtures.Expected e : SiteFixtures.all()) {
      if (e.page() == null || e.page().toString().endsWith(".json") || e.url().contains("#")) {
        continue;
      }
      read++;
      LocalDate want = LocalDate.parse(e.text("published"));
      // nea's formal pages print only 制发日期 (signing); its NOTES.md: published = the date in the
      // URL path, on both of its hosts.
      Optional<LocalDate> got =
          e.source().equals("nea")
              ? PublishedDateParser.fromUrl(e.url())
              : PublishedDateParser.published(e.html().text());
      if (!got.equals(Optional.of(want))) {
        misses.add(
            String.format(
                Locale.ROOT, "%s %s: want %s got %s", e.source(), e.url(), want, got.orElse(null)));
      }
    }
    String report =
        String.format(Locale.ROOT, "dates: %d of %d HTML pages right", read - misses.size(), read);
    System.out.println(report);
    misses.forEach(System.out::println);
    assertThat(misses).as(report).isEmpty();
  }
}
