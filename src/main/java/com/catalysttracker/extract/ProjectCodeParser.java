package com.catalysttracker.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the value after 项目编号 / 招标编号 / 采购项目编号 … labels (see {@code extract/labels.yml}). */
public final class ProjectCodeParser {

  // Codes are ASCII letters, digits and - _ / . ( ); they end before Chinese text or a separator.
  private static final Pattern CODE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_/.()\\[\\]]*[A-Za-z0-9)\\]]|[A-Za-z0-9]");

  private static final class Holder {
    static final Pattern LABEL =
        Pattern.compile(
            "(?<!原)" + Labels.alternation(Labels.standard().projectCodeLabels()) + "[\\s:：为是]*");
  }

  private ProjectCodeParser() {}

  /** The first labelled project code of the text; a label with no code after it is skipped. */
  public static Optional<String> find(String text) {
    String s = TextNormalizer.normalize(text);
    Matcher label = Holder.LABEL.matcher(s);
    while (label.find()) {
      Matcher code = CODE.matcher(s).region(label.end(), s.length());
      if (code.lookingAt() && code.group().chars().anyMatch(Character::isDigit)) {
        return Optional.of(withoutUnmatchedClose(code.group()));
      }
    }
    return Optional.empty();
  }

  /** (项目编号：WZSJ-2026-CS011) ends the code with the bracket that opened before the label. */
  private static String withoutUnmatchedClose(String code) {
    String c = code;
    while ((c.endsWith(")") && count(c, '(') < count(c, ')'))
        || (c.endsWith("]") && count(c, '[') < count(c, ']'))) {
      c = c.substring(0, c.length() - 1);
    }
    return c;
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }
}
