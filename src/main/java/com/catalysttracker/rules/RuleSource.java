package com.catalysttracker.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where each rule is written and which thresholds its conditions read, found by scanning the DRL
 * text (the compiled rule base keeps neither the line nor the threshold names).
 */
record RuleSource(
    String file, int line, List<String> thresholdKeys, @Nullable Duration realertAfter) {
  private static final Pattern RULE =
      Pattern.compile("(?m)^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");
  private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
  private static final Pattern THRESHOLD =
      Pattern.compile("thresholds\\.\\w+\\(\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern REALERT = Pattern.compile("@realert\\(\\s*\"?([^\")]+)\"?\\s*\\)");

  RuleSource {
    thresholdKeys = List.copyOf(thresholdKeys);
  }

  /** A threshold key a rule reads, with its position, so validation can point at an unknown one. */
  record ThresholdUse(String key, int line, int column) {}

  /** Scans one DRL file: rule name → where it is. */
  static Map<String, RuleSource> scan(String file, String drl) {
    Map<String, RuleSource> rules = new HashMap<>();
    Matcher rule = RULE.matcher(drl);
    Matcher then = THEN.matcher(drl);
    // Lines counted on from the previous rule: counting from the top for each rule made a file of
    // 1,000 generated rules take longer to scan than to parse (#7 figures).
    int line = 1;
    int counted = 0;
    while (rule.find()) {
      String name =
          rule.group(2) != null
              ? rule.group(2)
              : rule.group(3) != null ? rule.group(3) : rule.group(4);
      int start = rule.end();
      int end = then.find(start) ? then.start() : drl.length();
      String head = drl.substring(start, end);
      List<String> keys = new ArrayList<>();
      Matcher threshold = THRESHOLD.matcher(head);
      while (threshold.find()) {
        if (!keys.contains(threshold.group(1))) {
          keys.add(threshold.group(1));
        }
      }
      Matcher realert = REALERT.matcher(head);
      Duration window = realert.find() ? Thresholds.parseDuration(realert.group(1).strip()) : null;
      line += linesBetween(drl, counted, rule.start(1));
      counted = rule.start(1);
      rules.put(name, new RuleSource(file, line, keys, window));
    }
    return rules;
  }

  /** Every {@code thresholds.x("key")} in a DRL file, anywhere in it. */
  static List<ThresholdUse> thresholdUses(String drl) {
    List<ThresholdUse> uses = new ArrayList<>();
    Matcher threshold = THRESHOLD.matcher(drl);
    while (threshold.find()) {
      int offset = threshold.start(1);
      int line = lineOf(drl, offset);
      int lineStart = drl.lastIndexOf('\n', offset - 1) + 1;
      uses.add(new ThresholdUse(threshold.group(1), line, offset - lineStart + 1));
    }
    return uses;
  }

  private static int lineOf(String text, int offset) {
    return 1 + linesBetween(text, 0, offset);
  }

  private static int linesBetween(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
