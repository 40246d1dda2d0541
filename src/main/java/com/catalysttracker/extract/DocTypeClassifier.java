package com.catalysttracker.extract;

import com.catalysttracker.document.DocType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Tells a document's {@link DocType} from its title, helped where the title cannot tell by context
 * the caller passes (section headings, the first lines of the body). The phrases and their
 * precedence live in {@code extract/doc-types.yml}.
 */
public final class DocTypeClassifier {

  static final String RESOURCE = "extract/doc-types.yml";

  private final Map<SourceKind, Ruleset> rulesets;

  private static final class Holder {
    static final DocTypeClassifier STANDARD = from(YamlData.resource(RESOURCE));
  }

  private DocTypeClassifier(Map<SourceKind, Ruleset> rulesets) {
    this.rulesets = rulesets;
  }

  /** The classifier built from the shipped {@code extract/doc-types.yml}. */
  public static DocTypeClassifier standard() {
    return Holder.STANDARD;
  }

  /**
   * A classifier from rules in the doc-types.yml format; {@code name} is used in error messages.
   */
  public static DocTypeClassifier fromYaml(String name, String yaml) {
    return from(YamlData.text(name, yaml));
  }

  public DocType classify(SourceKind kind, String title) {
    return classify(kind, title, "");
  }

  /**
   * The title decides; when no rule matches it, the context does; else the kind's fallback ({@code
   * policy} for a policy source, {@code other} for a procurement source).
   */
  public DocType classify(SourceKind kind, String title, String context) {
    Ruleset ruleset = rulesets.get(kind);
    return ruleset
        .match(TextNormalizer.normalize(title))
        .or(() -> ruleset.match(TextNormalizer.normalize(context)))
        .orElse(ruleset.fallback());
  }

  private static DocTypeClassifier from(YamlData yaml) {
    Map<SourceKind, Ruleset> rulesets = new EnumMap<>(SourceKind.class);
    rulesets.put(SourceKind.PROCUREMENT, ruleset(yaml, "procurement"));
    rulesets.put(SourceKind.POLICY, ruleset(yaml, "policy"));
    return new DocTypeClassifier(rulesets);
  }

  private static Ruleset ruleset(YamlData yaml, String key) {
    Node section = yaml.require(yaml.root(), key);
    List<Rule> rules = new ArrayList<>();
    for (Node ruleNode : yaml.sequence(yaml.require(section, "rules"), "a list of rules")) {
      DocType type = docType(yaml, yaml.require(ruleNode, "type"));
      List<String> phrases =
          yaml.get(ruleNode, "phrases").map(n -> yaml.phrases(n, "phrases")).orElse(List.of());
      List<String> endings =
          yaml.get(ruleNode, "endings").map(n -> yaml.phrases(n, "endings")).orElse(List.of());
      List<String> unless =
          yaml.get(ruleNode, "unless")
              .map(n -> yaml.phrases(n, "vetoing phrases"))
              .orElse(List.of());
      if (phrases.isEmpty() && endings.isEmpty()) {
        throw yaml.error(
            ruleNode, "rule for '" + type.wireName() + "' has neither 'phrases' nor 'endings'");
      }
      rules.add(new Rule(type, phrases, endings, unless));
    }
    return new Ruleset(List.copyOf(rules), docType(yaml, yaml.require(section, "fallback")));
  }

  private static DocType docType(YamlData yaml, Node node) {
    String name = yaml.scalar(node, "a doc_type");
    try {
      return DocType.fromWireName(name);
    } catch (IllegalArgumentException e) {
      List<String> known = new ArrayList<>();
      for (DocType t : DocType.values()) {
        known.add(t.wireName());
      }
      throw yaml.error(
          node, "unknown doc_type '" + name + "'; use one of " + String.join(", ", known));
    }
  }

  /**
   * The stripped text without its trailing run of ASCII digits, ASCII spaces and punctuation:
   * 变更公告1, "…》解读。" end in 公告 and 解读. By hand, once per text: as {@code
   * replaceAll("[\\d\\s\\p{P}]+$", "")} it was a regex compiled per rule, retried at every
   * punctuation mark of a long context (issue #6).
   */
  static String withoutTrailingNumberOrPunctuation(String text) {
    String s = text.strip();
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      boolean trailing =
          (cp >= '0' && cp <= '9') || cp == ' ' || (cp >= '\t' && cp <= '\r') || isPunctuation(cp);
      if (!trailing) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  private static boolean isPunctuation(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private record Rule(
      DocType type, List<String> phrases, List<String> endings, List<String> unless) {
    /**
     * {@code trimmed}: the text without trailing digits, spaces and punctuation, for the endings.
     */
    boolean matches(String text, String trimmed) {
      for (String veto : unless) {
        if (text.contains(veto)) {
          return false;
        }
      }
      for (String phrase : phrases) {
        if (text.contains(phrase)) {
          return true;
        }
      }
      for (String ending : endings) {
        if (trimmed.endsWith(ending)) {
          return true;
        }
      }
      return false;
    }
  }

  private record Ruleset(List<Rule> rules, DocType fallback) {
    Optional<DocType> match(String text) {
      if (text.isBlank()) {
        return Optional.empty();
      }
      String trimmed = withoutTrailingNumberOrPunctuation(text);
      for (Rule rule : rules) {
        if (rule.matches(text, trimmed)) {
          return Optional.of(rule.type());
        }
      }
      return Optional.empty();
    }
  }
}
