package com.catalysttracker.rules;

import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.ListedCompany;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Policy and procurement documents built in tests, with the fields the rules read. */
final class SampleDocuments {
  private SampleDocuments() {}

  static Document policy(
      DocType type,
      IssuerLevel level,
      String issuer,
      @Nullable Region region,
      String title,
      String text) {
    String url =
        "https://www.example.gov.cn/zhengce/"
            + DocumentIds.contentHash(type + issuer + title).substring(0, 12)
            + ".htm";
    return new Document(
        DocumentIds.forUrl(url),
        "gov-cn-policy",
        url,
        List.of(),
        title,
        type,
        LocalDate.of(2024, 6, 1),
        issuer,
        level,
        null,
        region,
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

  static Document procurement(
      DocType type,
      String buyer,
      Region region,
      String code,
      String project,
      @Nullable BigDecimal budget,
      @Nullable BigDecimal amount,
      List<Winner> winners,
      String text) {
    String url = "https://www.ccgp.gov.cn/cggg/" + code + "/" + type.wireName() + ".htm";
    String title = buyer + project + (type == DocType.TENDER_NOTICE ? "公开招标公告" : "中标结果公告");
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        title,
        type,
        LocalDate.of(2024, 7, 15),
        buyer,
        IssuerLevel.CITY,
        null,
        region,
        code,
        project,
        budget,
        amount,
        winners,
        "某招标代理有限公司",
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-07-16T08:00:00Z"),
        List.of());
  }

  static Winner winner(
      String name,
      @Nullable String code,
      @Nullable String listedName,
      @Nullable BigDecimal amount) {
    return new Winner(name, amount, code == null ? null : new ListedCompany(code, listedName));
  }

  static BigDecimal yuan(long value) {
    return BigDecimal.valueOf(value);
  }

  static final Region HANGZHOU = new Region("浙江省", "杭州市", "330100");
  static final Region JIANGSU = new Region("江苏省", null, "320000");
}
