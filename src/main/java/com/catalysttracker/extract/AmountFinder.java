package com.catalysttracker.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds labelled amounts (预算金额 / 最高限价 / 招标控制价 → budget; 中标金额 / 成交金额 / 投标报价 / 合同金额 → award) in
 * running text and in tables whose header names the amount column. Labels live in {@code
 * extract/labels.yml}.
 */
public final class AmountFinder {
  // Queries parsed once: Element.select(String) parses its query on every call.
  private static final org.jsoup.select.Evaluator TABLES =
      org.jsoup.select.QueryParser.parse("table");
  private static final org.jsoup.select.Evaluator NESTED_TABLES =
      org.jsoup.select.QueryParser.parse("table table");
  private static final org.jsoup.select.Evaluator ROWS =
      org.jsoup.select.QueryParser.parse("> tr, > tbody > tr, > thead > tr");

  private static final Pattern UNIT_ONLY = Pattern.compile("\\s*(?:单位[:：]?)?\\s*(亿元|万元|千元|元)\\s*");
  private static final String GAP_CHARACTERS = " \t\r\n:：为是约达\"“”'‘’「」";
  private static final int MAX_GAP = 60;

  private final Labels labels;
  private final Pattern labelPattern;
  private final Pattern correctionPattern;
  private final Pattern totalWordPattern;
  private final Map<String, LabelInfo> labelInfo = new HashMap<>();
  // The characters a money label can start with: the scan tries the label alternation only there.
  private final java.util.BitSet labelStarts = new java.util.BitSet(Character.MAX_VALUE + 1);

  private static final class Holder {
    static final AmountFinder STANDARD = new AmountFinder(Labels.standard());
  }

  AmountFinder(Labels labels) {
    this.labels = labels;
    register(labels.budgetLabels(), MoneyKind.BUDGET, false);
    register(labels.budgetTotals(), MoneyKind.BUDGET, true);
    register(labels.awardLabels(), MoneyKind.AWARD, false);
    register(labels.awardTotals(), MoneyKind.AWARD, true);
    this.labelPattern = Pattern.compile(Labels.alternation(List.copyOf(labelInfo.keySet())));
    labelInfo.keySet().stream()
        .filter(label -> !label.isEmpty())
        .forEach(label -> labelStarts.set(label.charAt(0)));
    this.correctionPattern =
        Pattern.compile(
            "[\\s\"“”'‘’]*" + Labels.alternation(labels.correctionWords()) + "[\\s\"“”'‘’:：]*");
    this.totalWordPattern = Pattern.compile(Labels.alternation(labels.totalWords()));
  }

  /** Labelled amounts in running text (a page's text, a PDF's text layer, a JSON field). */
  public static Amounts inText(String text) {
    return new Amounts(Holder.STANDARD.scanText(TextNormalizer.normalize(text)));
  }

  /**
   * Labelled amounts in an HTML fragment: tables with an amount column (a candidates or winners
   * table) or a 变更前/变更后 table are read by column, everything else as running text.
   */
  public static Amounts inHtml(Element root) {
    return inOwnedHtml(root.clone());
  }

  /**
   * {@link #inHtml} on a fragment the caller built for it and does not use afterwards: the tables
   * read by column are removed from {@code copy}, which saves cloning a whole page a second time.
   */
  static Amounts inOwnedHtml(Element copy) {
    List<LabelledAmount> fromTables = new ArrayList<>();
    for (Element table : copy.select(TABLES)) {
      if (table.parent() == null || !table.select(NESTED_TABLES).isEmpty()) {
        continue; // removed with an outer table already, or a layout table around other tables
      }
      Optional<List<LabelledAmount>> read = Holder.STANDARD.readTable(table);
      if (read.isPresent()) {
        fromTables.addAll(read.get());
        table.remove();
      }
    }
    List<LabelledAmount> all =
        new ArrayList<>(Holder.STANDARD.scanText(TextNormalizer.normalize(copy.text())));
    all.addAll(fromTables);
    return new Amounts(all);
  }

  /**
   * The amounts of one table read by column: an amount column (its header a money label, its unit
   * from the header), counting only first-ranked rows when there is a rank column; or the 变更后
   * column of a change table. Empty when the table is neither.
   */
  public static Optional<List<LabelledAmount>> inTable(Element table) {
    return Holder.STANDARD.readTable(table);
  }

  private void register(List<String> phrases, MoneyKind kind, boolean total) {
    for (String phrase : phrases) {
      labelInfo.put(phrase.replaceAll("\\s+", ""), new LabelInfo(kind, total));
    }
  }

  List<LabelledAmount> scanText(String s) {
    List<LabelledAmount> found = new ArrayList<>();
    Matcher m = labelPattern.matcher(s);
    int from = 0;
    // m.find(from), but the alternation of every label is tried only where one can start: at each
    // character it was most of the scan of a long body (issue #6).
    while (from < s.length()) {
      int candidate = from;
      while (candidate < s.length() && !labelStarts.get(s.charAt(candidate))) {
        candidate++;
      }
      if (candidate == s.length()) {
        break;
      }
      m.region(candidate, s.length());
      if (!m.lookingAt()) {
        from = candidate + 1;
        continue;
      }
      String label = m.group().replaceAll("\\s+", "");
      LabelInfo info = labelInfo.get(label);
      Optional<Found> value = info == null ? Optional.empty() : valueAfter(s, m.end());
      if (value.isPresent()) {
        Found f = value.get();
        found.add(
            new LabelledAmount(
                info.kind(), label, f.yuan(), info.total() || f.total(), f.corrected()));
        from = f.end();
      } else {
        // Labels overlap (本项目预算金额 holds 项目预算 and 预算金额): try the next start too.
        from = m.start() + 1;
      }
    }
    return found;
  }

  /** The amount a label introduces, past separators, a bracketed unit or note, and 合计/原 wording. */
  private Optional<Found> valueAfter(String s, int start) {
    int p = start;
    MoneyUnit unit = null;
    boolean total = false;
    boolean corrected = false;
    while (p < s.length() && p - start <= MAX_GAP) {
      char c = s.charAt(p);
      if (GAP_CHARACTERS.indexOf(c) >= 0) {
        p++;
        continue;
      }
      if (c == '(' || c == '[') {
        int close = s.indexOf(c == '(' ? ')' : ']', p);
        if (close < 0 || close - p > 40) {
          return Optional.empty();
        }
        String inside = s.substring(p + 1, close);
        Matcher unitOnly = UNIT_ONLY.matcher(inside);
        if (unitOnly.matches()) {
          unit = MoneyUnit.fromSuffix(unitOnly.group(1));
        } else {
          // 本项目预算金额（2,350万元）及其他内容不变: the amount itself in brackets.
          Optional<MoneyParser.Reading> inBrackets = readValue(inside.strip(), 0, unit);
          if (inBrackets.isPresent() && inBrackets.get().explicitUnit()) {
            return Optional.of(new Found(inBrackets.get().yuan(), total, corrected, close + 1));
          }
        }
        p = close + 1;
        continue;
      }
      Matcher totalWord = totalWordPattern.matcher(s).region(p, s.length());
      if (totalWord.lookingAt()) {
        total = true;
        p = totalWord.end();
        continue;
      }
      Matcher correction = correctionPattern.matcher(s).region(p, s.length());
      if (correction.lookingAt()) {
        corrected = true;
        p = correction.end();
        continue;
      }
      if (c == '原' || c == '由') {
        p++;
        continue;
      }
      break;
    }
    Optional<MoneyParser.Reading> reading = readValue(s, p, unit);
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    MoneyParser.Reading r = reading.get();
    Matcher correction = correctionPattern.matcher(s).region(r.end(), s.length());
    if (correction.lookingAt()) {
      Optional<MoneyParser.Reading> replaced = readValue(s, correction.end(), unit);
      if (replaced.isPresent()) {
        return Optional.of(new Found(replaced.get().yuan(), total, true, replaced.get().end()));
      }
    }
    return Optional.of(new Found(r.yuan(), total, corrected, r.end()));
  }

  /**
   * An amount right after a label. A number with neither unit nor currency sign is taken as yuan
   * only when it looks like a price (four digits or more, or cents), so a row number after a
   * flattened table header ("金额 1 某公司") is not read as one yuan.
   */
  private static Optional<MoneyParser.Reading> readValue(
      String s, int p, @Nullable MoneyUnit unit) {
    if (p >= s.length()) {
      return Optional.empty();
    }
    Optional<MoneyParser.Reading> reading = MoneyParser.read(s, p, unit);
    if (reading.isEmpty() || reading.get().explicitUnit() || unit != null) {
      return reading;
    }
    BigDecimal number = reading.get().number();
    return number.compareTo(BigDecimal.valueOf(1000)) >= 0 || number.scale() > 0
        ? reading
        : Optional.empty();
  }

  Optional<List<LabelledAmount>> readTable(Element table) {
    Elements rows = table.select(ROWS);
    if (rows.size() < 2) {
      return Optional.empty();
    }
    List<String> header = cellTexts(rows.get(0));
    if (header.stream().anyMatch(h -> MoneyParser.parse(h).isPresent() && !h.matches("\\D*"))) {
      return Optional.empty(); // a key/value table: its first row already holds an amount
    }
    int changed = indexOfAny(header, labels.changedColumns());
    if (changed >= 0) {
      return Optional.of(readChangeTable(rows, changed));
    }
    int rank = indexOfAny(header, labels.rankColumns());
    List<LabelledAmount> found = new ArrayList<>();
    boolean amountColumn = false;
    int firstDataRow = 1;
    for (int col = 0; col < header.size(); col++) {
      Optional<LabelInfo> info = labelIn(header.get(col));
      if (info.isEmpty()) {
        continue;
      }
      amountColumn = true;
      MoneyUnit unit = MoneyUnit.fromHeader(header.get(col)).orElse(null);
      if (unit == null) {
        // Two-row headers print the unit alone in the second row: 投标报价 / （万元）.
        List<String> second = cellTexts(rows.get(1));
        Optional<String> unitCell =
            second.stream()
                .filter(t -> UNIT_ONLY.matcher(t.replaceAll("[()]", "")).matches())
                .findFirst();
        if (unitCell.isPresent()) {
          unit =
              MoneyUnit.fromSuffix(
                  UNIT_ONLY.matcher(unitCell.get().replaceAll("[()]", "")).replaceAll("$1"));
          firstDataRow = 2;
        }
      }
      for (int r = firstDataRow; r < rows.size(); r++) {
        List<String> cells = cellTexts(rows.get(r));
        if (cells.size() != header.size()) {
          continue;
        }
        if (rank >= 0 && !isFirstRank(cells.get(rank))) {
          continue;
        }
        Optional<BigDecimal> yuan = MoneyParser.parse(cells.get(col), unit);
        if (yuan.isPresent()) {
          found.add(
              new LabelledAmount(
                  info.get().kind(), header.get(col), yuan.get(), info.get().total(), false));
        }
      }
    }
    return amountColumn ? Optional.of(found) : Optional.empty();
  }

  private List<LabelledAmount> readChangeTable(Elements rows, int changed) {
    List<LabelledAmount> found = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = cellTexts(rows.get(r));
      if (cells.size() <= changed) {
        continue;
      }
      Optional<LabelInfo> info = labelIn(cells.get(0));
      if (info.isPresent()) {
        MoneyUnit unit = MoneyUnit.fromHeader(cells.get(0)).orElse(null);
        MoneyParser.parse(cells.get(changed), unit)
            .ifPresent(
                yuan ->
                    found.add(
                        new LabelledAmount(
                            info.get().kind(), cells.get(0), yuan, info.get().total(), true)));
      }
    }
    return found;
  }

  private Optional<LabelInfo> labelIn(String cell) {
    Matcher m = labelPattern.matcher(cell);
    return m.find()
        ? Optional.ofNullable(labelInfo.get(m.group().replaceAll("\\s+", "")))
        : Optional.empty();
  }

  private boolean isFirstRank(String cell) {
    String compact = cell.replaceAll("\\s+", "");
    return labels.firstRank().contains(compact);
  }

  private static int indexOfAny(List<String> header, List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      String compact = header.get(i).replaceAll("\\s+", "");
      if (names.contains(compact)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> cellTexts(Element row) {
    List<String> texts = new ArrayList<>();
    for (Element cell : row.children()) {
      if (cell.tagName().equals("td") || cell.tagName().equals("th")) {
        String text = TextNormalizer.normalize(cell.text()).strip();
        // A header spanning columns stands over each of them, so data cells keep their index.
        int span =
            cell.hasAttr("colspan") && cell.attr("colspan").matches("\\d{1,2}")
                ? Integer.parseInt(cell.attr("colspan"))
                : 1;
        for (int i = 0; i < Math.max(1, span); i++) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  private record LabelInfo(MoneyKind kind, boolean total) {}

  private record Found(BigDecimal yuan, boolean total, boolean corrected, int end) {}
}
