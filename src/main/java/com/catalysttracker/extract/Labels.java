package com.catalysttracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** The label vocabulary of {@code extract/labels.yml}, loaded once. */
record Labels(
    List<String> budgetLabels,
    List<String> budgetTotals,
    List<String> awardLabels,
    List<String> awardTotals,
    List<String> totalWords,
    List<String> correctionWords,
    List<String> changedColumns,
    List<String> rankColumns,
    List<String> firstRank,
    List<List<String>> publishedDateLabels,
    List<String> neverDateLabels,
    List<String> docNumberLabels,
    List<String> docNumberLeadingWords,
    List<String> docNumberWidgetWords,
    List<String> projectCodeLabels,
    List<String> firstCandidateLabels,
    List<String> winnerLabels,
    List<String> winnerPriceLabels,
    List<String> winnerNameColumns) {

  static final String RESOURCE = "extract/labels.yml";

  private static final class Holder {
    static final Labels STANDARD = from(YamlData.resource(RESOURCE));
  }

  static Labels standard() {
    return Holder.STANDARD;
  }

  static Labels from(YamlData yaml) {
    Node root = yaml.root();
    Node money = yaml.require(root, "money");
    Node budget = yaml.require(money, "budget");
    Node award = yaml.require(money, "award");
    Node date = yaml.require(root, "date");
    List<List<String>> published = new ArrayList<>();
    for (Node group :
        yaml.sequence(yaml.require(date, "published"), "a list of label groups, best first")) {
      published.add(yaml.phrases(group, "date labels"));
    }
    Node docNumber = yaml.require(root, "doc_number");
    return new Labels(
        yaml.phrases(yaml.require(budget, "labels"), "budget labels"),
        yaml.phrases(yaml.require(budget, "totals"), "budget total labels"),
        yaml.phrases(yaml.require(award, "labels"), "award labels"),
        yaml.phrases(yaml.require(award, "totals"), "award total labels"),
        yaml.phrases(yaml.require(money, "total_words"), "total words"),
        yaml.phrases(yaml.require(money, "correction_words"), "correction words"),
        yaml.phrases(yaml.require(money, "changed_columns"), "changed-value column headers"),
        yaml.phrases(yaml.require(money, "rank_columns"), "rank column headers"),
        yaml.phrases(yaml.require(money, "first_rank"), "first-rank cells"),
        List.copyOf(published),
        yaml.phrases(yaml.require(date, "never"), "deadline labels"),
        yaml.phrases(yaml.require(docNumber, "labels"), "doc number labels"),
        yaml.phrases(yaml.require(docNumber, "leading_words"), "leading words"),
        yaml.phrases(yaml.require(docNumber, "widget_words"), "font-size widget words"),
        yaml.phrases(
            yaml.require(yaml.require(root, "project_code"), "labels"), "project code labels"),
        yaml.phrases(
            yaml.require(yaml.require(root, "winners"), "first_candidate"),
            "first-candidate labels"),
        yaml.phrases(yaml.require(yaml.require(root, "winners"), "winner"), "winner labels"),
        yaml.phrases(yaml.require(yaml.require(root, "winners"), "price"), "winner price labels"),
        yaml.phrases(
            yaml.require(yaml.require(root, "winners"), "name_columns"),
            "winner name column headers"));
  }

  /**
   * An alternation of the phrases, longest first so a longer label wins at the same position;
   * whitespace may sit between any two characters (文 号, 发布 时间).
   */
  static String alternation(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>();
    for (String phrase : sorted) {
      StringBuilder sb = new StringBuilder();
      String compact = phrase.replaceAll("\\s+", "");
      for (int i = 0; i < compact.length(); i++) {
        if (i > 0) {
          sb.append("\\s*");
        }
        sb.append(Pattern.quote(String.valueOf(compact.charAt(i))));
      }
      parts.add(sb.toString());
    }
    return "(?:" + String.join("|", parts) + ")";
  }
}
