package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.document.Winner;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The report table analysts paste into research notes: 时间 · 地区 · 项目 · 金额 · 进展 · 主要内容, then theme,
 * winner, stock code and the original page. Cells are plain text; the writers guard them against
 * spreadsheet formulas.
 */
final class ReportRows {
  static final List<String> HEADER =
      List.of("时间", "地区", "项目", "金额", "进展", "主要内容", "主题", "中标人", "股票代码", "链接");

  private static final int SUMMARY_CHARS = 120;

  private ReportRows() {}

  static List<String> row(Document document) {
    return List.of(
        document.published() == null ? "" : document.published().toString(),
        region(document),
        document.projectName() != null && !document.projectName().isBlank()
            ? document.projectName()
            : document.title(),
        Money.format(document.money()),
        Stages.label(document.docType()),
        summary(document),
        String.join("、", document.themes()),
        document.winners().stream().map(Winner::name).collect(Collectors.joining("、")),
        document.winners().stream()
            .map(Winner::listed)
            .filter(Objects::nonNull)
            .map(l -> l.code() + " " + l.name())
            .distinct()
            .collect(Collectors.joining("、")),
        document.url());
  }

  /** National and ministry documents carry no region by contract: they apply everywhere. */
  static String region(Document document) {
    Region region = document.region();
    if (region == null) {
      return document.issuerLevel() == IssuerLevel.NATIONAL
              || document.issuerLevel() == IssuerLevel.MINISTRY
          ? "全国"
          : "";
    }
    if (region.city() == null || region.city().equals(region.province())) {
      return region.province();
    }
    return region.province() + region.city();
  }

  /** The title for policies (their title is the news); the opening of the body otherwise. */
  private static String summary(Document document) {
    String text = document.text().replaceAll("\\s+", " ").strip();
    if (document.docType().isPolicy() || text.isEmpty()) {
      return document.title();
    }
    return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "…";
  }

  /**
   * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR that Excel skips before
   * one) gets a leading apostrophe, so crawled text can never execute (OWASP CSV injection).
   */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
  }
}
