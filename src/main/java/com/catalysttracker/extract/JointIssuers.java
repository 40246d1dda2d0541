package com.catalysttracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The signers of a notice several departments issue together. Its title names only the first
 * (国家数据局等部门关于印发…的通知); the departments sign below the body, one per line or several on a line apart
 * by spaces, just above the date. Analysts filter by each of them (a 科技部 co-signature matters), so
 * the issuer is the full list.
 */
final class JointIssuers {
  private static final Evaluator BLOCKS = QueryParser.parse("p, div, td, li");
  private static final Pattern DATE_LINE =
      Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");

  /** A department's name is short and has no sentence punctuation. */
  private static final Pattern NOT_A_NAME = Pattern.compile("[，。：:；;、,（）()《》“”\"]");

  private static final int MAX_NAME = 20;

  /** How a title's issuer says it stands for several: 国家数据局等部门. Longest first. */
  private static final List<String> SEVERAL = List.of("等部门", "等单位", "等");

  private JointIssuers() {}

  /** Whether an issuer read from a title stands for several departments (…等部门, …等). */
  static boolean standsForSeveral(String issuer) {
    return SEVERAL.stream().anyMatch(issuer::endsWith);
  }

  /** The lead department of such an issuer: 国家数据局 of 国家数据局等部门. */
  static String lead(String issuer) {
    for (String suffix : SEVERAL) {
      if (issuer.endsWith(suffix)) {
        return issuer.substring(0, issuer.length() - suffix.length()).strip();
      }
    }
    return issuer;
  }

  /**
   * The signers above the body's last date line that carries them, joined with 、, from {@code lead}
   * on, when there are at least two; else empty (no signature block found: keep the title's).
   */
  static Optional<String> signers(Element body, String lead) {
    List<String> lines = new ArrayList<>();
    for (Element block : body.select(BLOCKS)) {
      if (block.select(BLOCKS).size() == 1) { // a leaf block: its own text is one line
        String line = block.text().strip();
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
    }
    for (int date = lines.size() - 1; date > 0; date--) {
      if (!DATE_LINE.matcher(lines.get(date)).matches()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int i = date - 1; i >= 0; i--) {
        List<String> onLine = namesOn(lines.get(i));
        if (onLine.isEmpty()) {
          break;
        }
        names.addAll(0, onLine);
      }
      // From the lead on: a short line above the block (特此通知) is no signer.
      int at = names.indexOf(lead);
      if (at >= 0 && names.size() - at >= 2) {
        return Optional.of(String.join("、", names.subList(at, names.size())));
      }
    }
    return Optional.empty();
  }

  /** The department names a line holds, or none when it is not a line of names. */
  private static List<String> namesOn(String line) {
    List<String> names = new ArrayList<>();
    for (String name : SPACES.split(line.strip())) {
      if (name.isEmpty() || name.length() > MAX_NAME || NOT_A_NAME.matcher(name).find()) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }
}
