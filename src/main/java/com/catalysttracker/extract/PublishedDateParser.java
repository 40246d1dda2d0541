package com.catalysttracker.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date printed on a page: 2024-04-10, 2024年4月10日, 2024/4/10 10:30,
 * 2024.04.10, [2024-04-10], full-width digits. A date after a publication label (发布时间, 发布日期, then
 * 发文日期, then a bare 时间/日期, then 成文日期) wins over unlabelled dates; dates after deadline labels
 * (截止时间, 开标时间, 公示期 …) are never taken. Labels live in {@code extract/labels.yml}.
 */
public final class PublishedDateParser {

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\d.])(?<y>(?:19|20)\\d{2})\\s*(?:年\\s*(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*日?"
              + "|(?<sep>[-/.])\\s*(?<m2>\\d{1,2})\\s*\\k<sep>\\s*(?<d2>\\d{1,2}))(?!\\d)");
  // Dates CMS paths carry: /t20241128_226105.html, /20250514/…/c.html, /2023-04/02/c_….htm.
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?:/t|/)(?<y>20\\d{2})(?<m>\\d{2})(?<d>\\d{2})(?:[_/]|$)|/(?<y2>20\\d{2})-(?<m2>\\d{2})/(?<d2>\\d{2})/");
  private static final String LABEL_SEPARATORS = " \t\r\n:：[]【】()「」|";
  private static final int LABEL_WINDOW = 24;

  private PublishedDateParser() {}

  /** The first date in a short string such as a list cell or a {@code meta} value. */
  public static Optional<LocalDate> parse(String text) {
    Matcher m = DATE.matcher(TextNormalizer.normalize(text));
    while (m.find()) {
      Optional<LocalDate> date = toDate(m);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The publication date of a page's text, by the label ranking above; empty when no date is
   * printed.
   */
  public static Optional<LocalDate> published(String pageText) {
    Labels labels = Labels.standard();
    String s = TextNormalizer.normalize(pageText);
    List<List<String>> groups = labels.publishedDateLabels();
    int unlabelledRank = groups.size();
    LocalDate best = null;
    int bestRank = Integer.MAX_VALUE;
    Matcher m = DATE.matcher(s);
    while (m.find()) {
      Optional<LocalDate> date = toDate(m);
      if (date.isEmpty()) {
        continue;
      }
      int rank = rank(labelBefore(s, m.start()), groups, labels.neverDateLabels(), unlabelledRank);
      if (rank < bestRank) {
        best = date.get();
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The date a CMS writes into its content paths ({@code /t20241128_226105.html}, {@code
   * /20250514/<hash>/c.html}, {@code /2023-04/02/c_1310707865.htm}); for sites whose page prints
   * only the signing date (nea.gov.cn prints 制发日期 but publishes under the path's date).
   */
  public static Optional<LocalDate> fromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      String y = m.group("y") != null ? m.group("y") : m.group("y2");
      String mo = m.group("y") != null ? m.group("m") : m.group("m2");
      String d = m.group("y") != null ? m.group("d") : m.group("d2");
      Optional<LocalDate> date = of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The text right before a date, without separators and spaces: where its label would be. */
  private static String labelBefore(String s, int dateStart) {
    int end = dateStart;
    while (end > 0 && LABEL_SEPARATORS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(Math.max(0, end - LABEL_WINDOW), end).replaceAll("\\s+", "");
  }

  /** The rank of the longest label the text ends with; deadlines rank last of all. */
  private static int rank(
      String before, List<List<String>> groups, List<String> never, int unlabelledRank) {
    int bestLength = 0;
    int rank = unlabelledRank;
    for (String label : never) {
      String compact = label.replaceAll("\\s+", "");
      if (before.endsWith(compact) && compact.length() > bestLength) {
        bestLength = compact.length();
        rank = Integer.MAX_VALUE;
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      for (String label : groups.get(g)) {
        String compact = label.replaceAll("\\s+", "");
        if (before.endsWith(compact) && compact.length() > bestLength) {
          bestLength = compact.length();
          rank = g;
        }
      }
    }
    return rank;
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    int year = Integer.parseInt(m.group("y"));
    String month = m.group("m1") != null ? m.group("m1") : m.group("m2");
    String day = m.group("d1") != null ? m.group("d1") : m.group("d2");
    return of(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2024-13-45 is a code or a version, not a date
    }
  }
}
