package com.catalysttracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

  @Test
  void sortValuesSurviveTheRoundTrip() {
    List<FieldValue> values =
        List.of(FieldValue.of(1.25), FieldValue.of(1716163200000L), FieldValue.of("6de05fa7"));
    List<FieldValue> back = SearchCursor.decode(SearchCursor.encode(values));
    assertThat(back.get(0).doubleValue()).isEqualTo(1.25);
    assertThat(back.get(1).longValue()).isEqualTo(1716163200000L);
    assertThat(back.get(2).stringValue()).isEqualTo("6de05fa7");
  }

  @Test
  void aTokenHoldingAnObjectOrGarbageIsRefused() {
    String object =
        Base64.getUrlEncoder()
            .encodeToString("[{\"match_all\":{}}]".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SearchCursor.decode(object))
        .hasMessageContaining("is not a cursor this server issued");
    assertThatThrownBy(() -> SearchCursor.decode("%%%"))
        .hasMessageStartingWith(
            "search_after '%%%' is not a cursor this server issued; pass the next_cursor");
  }

  @Test
  void highlightMarkersBecomePartsAndStrayMarkersInCrawledTextAreDropped() {
    SearchResult.Snippet snippet = Highlights.parse("<b>\uE000低\uE001\uE000空\uE001</b>经济\uE001");
    assertThat(snippet.parts())
        .containsExactly(
            new SearchResult.Part("<b>", false),
            new SearchResult.Part("低空", true),
            new SearchResult.Part("</b>经济", false));
  }
}
