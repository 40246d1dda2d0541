package com.catalysttracker.extract;

import com.catalysttracker.document.Winner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Winners written as labelled lines instead of a table, as PDF notices print them: one {@code
 * 第一中标候选人：X，投标报价：1,268.00万元} per lot on a candidates notice, or {@code 中标人：X} with {@code 中标价：…} on
 * the same or one of the next lines on a result. Labels come from {@code extract/labels.yml}
 * ({@code winners:}).
 */
public final class TextWinners {

  private static final class Holder {
    static final TextWinners STANDARD = new TextWinners(Labels.standard());
  }

  // A company name runs to the first space or punctuation; PDFs put the price after a comma.
  private static final String NAME = "\\s*:\\s*([^\\s,;。、:()]+(?:\\([^)]*\\)[^\\s,;。、:()]*)?)";

  /** How many lines after a winner's name its price may come. */
  private static final int PRICE_LINES = 3;

  private final Pattern candidate;
  private final Pattern winner;
  private final Pattern price;

  private TextWinners(Labels labels) {
    this.candidate = Pattern.compile(Labels.alternation(labels.firstCandidateLabels()) + NAME);
    this.winner =
        Pattern.compile("(?<![第一二三四五六七八九十\\d])" + Labels.alternation(labels.winnerLabels()) + NAME);
    this.price =
        Pattern.compile(Labels.alternation(labels.winnerPriceLabels()) + "\\s*[:为]\\s*(.+)");
  }

  /**
   * @param text page or PDF text, lines kept
   * @param candidates true for a candidates notice (first-ranked candidate of each lot), false for
   *     a result (the named winner of each lot)
   */
  public static List<Winner> find(String text, boolean candidates) {
    return Holder.STANDARD.read(TextNormalizer.normalize(text), candidates);
  }

  private List<Winner> read(String text, boolean candidates) {
    String[] lines = text.split("\\R");
    List<Winner> out = new ArrayList<>();
    Pattern label = candidates ? candidate : winner;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = label.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String name = m.group(1).strip();
      if (name.isEmpty() || name.equals("/") || name.equals("无")) {
        continue;
      }
      BigDecimal amount = amount(lines[i].substring(m.end()));
      // The price may follow a line or two later (供应商地址 between), never past the next winner.
      for (int j = i + 1;
          amount == null
              && j <= i + PRICE_LINES
              && j < lines.length
              && !label.matcher(lines[j]).find();
          j++) {
        amount = amount(lines[j]);
      }
      if (out.stream().noneMatch(w -> w.name().equals(name))) {
        out.add(new Winner(name, amount, null));
      }
    }
    return out;
  }

  private @Nullable BigDecimal amount(String rest) {
    Matcher m = price.matcher(rest);
    if (!m.find()) {
      return null;
    }
    Optional<BigDecimal> parsed = MoneyParser.parse(m.group(1));
    return parsed.orElse(null);
  }
}
