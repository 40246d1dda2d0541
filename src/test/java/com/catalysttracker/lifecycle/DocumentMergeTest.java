package com.catalysttracker.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.document.Region;
import com.catalysttracker.document.SeenAt;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentMergeTest {
  private final Region nanjing = new Region("江苏省", "南京市", "320100");

  @Test
  void theHeldDocumentKeepsItsIdAndListsEveryAddress() {
    var held =
        Announcements.policy(
            "gov-cn-policy",
            "https://www.gov.cn/a.htm",
            "关于印发某某办法的通知",
            "宁政办规字〔2024〕9号",
            null,
            LocalDate.of(2024, 12, 3));
    var sighting =
        Announcements.policy(
            "nanjing-gov",
            "https://www.nanjing.gov.cn/b.html",
            "关于印发某某办法的通知",
            "宁政办规字〔2024〕9号",
            nanjing,
            LocalDate.of(2024, 12, 2));

    var merged = DocumentMerge.merge(held, sighting);

    assertThat(merged.id()).isEqualTo(held.id());
    assertThat(merged.url()).isEqualTo(held.url());
    assertThat(merged.seenAt())
        .containsExactly(
            new SeenAt("gov-cn-policy", "https://www.gov.cn/a.htm"),
            new SeenAt("nanjing-gov", "https://www.nanjing.gov.cn/b.html"));
    assertThat(merged.published()).isEqualTo(LocalDate.of(2024, 12, 2));
    assertThat(merged.region()).isEqualTo(nanjing);
  }

  @Test
  void mergingTheSameSightingTwiceAddsNothing() {
    var held =
        Announcements.policy(
            "a", "https://a/1", "关于印发某某办法的通知", "X〔2024〕1号", null, LocalDate.of(2024, 1, 1));
    var sighting =
        Announcements.policy(
            "b", "https://b/1", "关于印发某某办法的通知", "X〔2024〕1号", null, LocalDate.of(2024, 1, 2));

    var once = DocumentMerge.merge(held, sighting);
    var twice = DocumentMerge.merge(once, sighting);

    assertThat(twice).isEqualTo(once);
  }
}
