package com.catalysttracker.extract;

import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Winners from a winners or candidates table: a header row with a name column ({@code 中标（成交）供应商名称},
 * {@code 中标候选人名称} …), optionally a price column (its unit from the header) and a rank column; on a
 * candidates notice only first-ranked rows count. Headers come from {@code extract/labels.yml}
 * ({@code winners.name_columns}, {@code winners.price}, {@code money.rank_columns}, {@code
 * money.first_rank}).
 */
final class TableWinners {
  // Queries parsed once: Element.select(String) parses its query on every call.
  private static final org.jsoup.select.Evaluator TABLES =
      org.jsoup.select.QueryParser.parse("table");
  private static final org.jsoup.select.Evaluator ROWS = org.jsoup.select.QueryParser.parse("tr");

  private TableWinners() {}

  static List<Winner> find(Element root, boolean candidates) {
    Labels labels = Labels.standard();
    List<Winner> out = new ArrayList<>();
    for (Element table : root.select(TABLES)) {
      List<Element> rows = table.select(ROWS);
      if (rows.size() < 2) {
        continue;
      }
      List<String> header = cells(rows.get(0));
      int name = column(header, labels.winnerNameColumns());
      if (name < 0) {
        continue;
      }
      int price = column(header, labels.winnerPriceLabels());
      int rank = column(header, labels.rankColumns());
      MoneyUnit unit = price < 0 ? null : MoneyUnit.fromHeader(header.get(price)).orElse(null);
      for (Element row : rows.subList(1, rows.size())) {
        List<String> cells = cells(row);
        if (cells.size() != header.size()) {
          continue; // a second header row or a layout row
        }
        String who = cells.get(name).strip();
        if (who.isEmpty() || who.equals("/") || who.equals("无")) {
          continue;
        }
        if (candidates
            && rank >= 0
            && !labels.firstRank().contains(cells.get(rank).replaceAll("\\s+", ""))) {
          continue;
        }
        BigDecimal amount = price < 0 ? null : amount(cells.get(price), unit);
        if (out.stream().noneMatch(w -> w.name().equals(who))) {
          out.add(new Winner(who, amount, null));
        }
      }
    }
    return out;
  }

  private static @Nullable BigDecimal amount(String cell, @Nullable MoneyUnit unit) {
    Optional<BigDecimal> parsed = MoneyParser.parse(cell, unit);
    return parsed.orElse(null);
  }

  /**
   * The column whose header contains the longest of the phrases (full-width folded, spaces
   * ignored).
   */
  private static int column(List<String> header, List<String> phrases) {
    List<String> sorted =
        phrases.stream()
            .map(p -> TextNormalizer.normalize(p).replaceAll("\\s+", ""))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    for (String phrase : sorted) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).contains(phrase)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> cells(Element row) {
    List<String> texts = new ArrayList<>();
    for (Element cell : row.children()) {
      if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
        texts.add(TextNormalizer.normalize(cell.text()).replaceAll("\\s+", ""));
      }
    }
    return texts;
  }
}
