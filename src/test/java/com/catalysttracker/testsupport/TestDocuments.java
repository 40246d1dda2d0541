package com.catalysttracker.testsupport;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small documents for tests that need something indexed; only title and text vary. */
public final class TestDocuments {
  private TestDocuments() {}

  public static Document policy(String slug, String title, String text) {
    String url = "https://www.gov.cn/zhengce/content/2024/" + slug + ".htm";
    return new Document(
        DocumentIds.forUrl(url),
        "gov-cn-policy",
        url,
        List.of(),
        title,
        DocType.POLICY,
        LocalDate.of(2024, 6, 1),
        "国务院办公厅",
        IssuerLevel.NATIONAL,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-06-02T08:00:00Z"),
        List.of());
  }
}
