package com.catalysttracker.lifecycle;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Announcements as two sites publish them, for identity and timeline tests. */
final class Announcements {
  private Announcements() {}

  static Document policy(
      String source,
      String url,
      String title,
      @Nullable String docNumber,
      @Nullable Region region,
      LocalDate published) {
    return document(source, url, title, DocType.POLICY, docNumber, region, null, published, null);
  }

  static Document procurement(
      String source,
      String url,
      String title,
      DocType type,
      String projectCode,
      LocalDate published,
      @Nullable BigDecimal amount) {
    return document(
        source,
        url,
        title,
        type,
        null,
        new Region("湖南省", "岳阳市", "430600"),
        projectCode,
        published,
        amount);
  }

  static Document document(
      String source,
      String url,
      String title,
      DocType type,
      @Nullable String docNumber,
      @Nullable Region region,
      @Nullable String projectCode,
      LocalDate published,
      @Nullable BigDecimal amount) {
    String text = title + "。正文。";
    return new Document(
        DocumentIds.forUrl(url),
        source,
        url,
        List.of(),
        title,
        type,
        published,
        "发文机关",
        region == null ? IssuerLevel.MINISTRY : IssuerLevel.CITY,
        docNumber,
        region,
        projectCode,
        null,
        null,
        amount,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-06-02T08:00:00Z").plusSeconds(published.toEpochDay()),
        List.of());
  }
}
