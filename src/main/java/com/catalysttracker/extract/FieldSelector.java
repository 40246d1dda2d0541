package com.catalysttracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * One way to find a field on a detail page, written in a definition as one of:
 *
 * <ul>
 *   <li>{@code CSS} or {@code CSS@attr}: the text (or attribute; {@code href} and {@code src}
 *       resolved to absolute URLs) of each element the CSS selector matches;
 *   <li>{@code cell:LABEL}: the cell after a table cell whose text is LABEL (whitespace and a
 *       trailing colon ignored), for label/value tables such as {@code 发文机关：| 国家数据局};
 *   <li>{@code regex:PATTERN}: group 1 (else the whole match) of each match in the page text
 *       (full-width forms folded, whitespace runs as one space);
 *   <li>{@code title-regex:PATTERN}: the same, in the title already extracted;
 *   <li>{@code url-date}: the date a CMS writes into the page's address ({@code /20250514/…},
 *       {@code /2023-04/02/…}), for sites whose page prints only a signing date.
 * </ul>
 *
 * A field lists several in order; the first that yields a value wins, so a layout change breaks one
 * selector visibly instead of the whole field silently.
 */
public final class FieldSelector {

  /** How a selector finds its values. */
  public enum Kind {
    CSS,
    CELL,
    REGEX,
    TITLE_REGEX,
    URL_DATE,
    VALUE
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("^(.*\\S)@([A-Za-z][A-Za-z0-9_:-]*)$");
  static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
  private static final Evaluator CELLS = QueryParser.parse("td, th");

  private final String spec;
  private final Kind kind;
  // Compiled once with the definition: Element.select(String) would parse the query on every page.
  // jsoup evaluators keep per-thread memos and are reset by each select, so one may be shared.
  private final @Nullable Evaluator css;
  private final @Nullable String attribute;
  private final @Nullable String label;
  private final @Nullable Pattern pattern;
  // Text lacking any of these cannot match the pattern: checked before running it
  // (RequiredLiterals).
  private final List<String> requiredLiterals;

  private FieldSelector(
      String spec,
      Kind kind,
      @Nullable Evaluator css,
      @Nullable String attribute,
      @Nullable String label,
      @Nullable Pattern pattern) {
    this.spec = spec;
    this.kind = kind;
    this.css = css;
    this.attribute = attribute;
    this.label = label;
    this.pattern = pattern;
    this.requiredLiterals = pattern == null ? List.of() : RequiredLiterals.of(pattern.pattern());
  }

  /** Parses one selector; the exception's message says what is wrong with it. */
  public static FieldSelector parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String s = spec.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("an empty selector");
    }
    if (s.equals("url-date")) {
      return new FieldSelector(s, Kind.URL_DATE, null, null, null, null);
    }
    if (s.startsWith("value:")) {
      String value = s.substring(6).strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException("'value:' needs the text after it, e.g. value:国家数据局");
      }
      return new FieldSelector(s, Kind.VALUE, null, null, value, null);
    }
    if (s.startsWith("cell:")) {
      String label = compact(s.substring(5));
      if (label.isEmpty()) {
        throw new IllegalArgumentException("'cell:' needs the label text after it, e.g. cell:发文机关");
      }
      return new FieldSelector(s, Kind.CELL, null, null, label, null);
    }
    if (s.startsWith("regex:") || s.startsWith("title-regex:")) {
      boolean title = s.startsWith("title-regex:");
      String expression = s.substring(title ? 12 : 6);
      try {
        return new FieldSelector(
            s,
            title ? Kind.TITLE_REGEX : Kind.REGEX,
            null,
            null,
            null,
            Pattern.compile(expression));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "not a valid regular expression: "
                + e.getDescription()
                + " near index "
                + e.getIndex());
      }
    }
    String css = s;
    String attribute = null;
    Matcher m = ATTRIBUTE.matcher(s);
    if (m.matches()) {
      css = m.group(1);
      attribute = m.group(2);
    }
    Evaluator evaluator;
    try {
      evaluator = QueryParser.parse(css);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException("not a valid CSS selector: " + e.getMessage());
    }
    return new FieldSelector(s, Kind.CSS, evaluator, attribute, null, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The elements a CSS selector matches (empty for the other kinds). */
  public Elements elements(Element root) {
    return kind == Kind.CSS ? root.select(Objects.requireNonNull(css)) : new Elements();
  }

  /**
   * Every value this selector finds, in page order, blanks dropped.
   *
   * @param root the parsed page
   * @param pageText the page text as regexes see it ({@link #pageText})
   * @param title the title already extracted, for {@code title-regex:}; may be null
   */
  public List<String> values(Element root, String pageText, @Nullable String title) {
    return values(root, pageText, title, null);
  }

  /**
   * The label cells of one parsed page, indexed once: each {@code cell:} selector walked every cell
   * of the page and took its text, and a definition lists several (issue #6).
   */
  static final class Cells {
    private final Element root;
    private @Nullable Map<String, List<Element>> byLabel;
    private @Nullable String printed;

    Cells(Element root) {
      this.root = root;
    }

    /**
     * The cells whose text, without whitespace and one trailing colon, is {@code label}, in page
     * order.
     */
    List<Element> labelled(String label) {
      if (byLabel == null) {
        byLabel = new HashMap<>();
        for (Element cell : root.select(CELLS)) {
          byLabel.computeIfAbsent(compact(cell.text()), k -> new ArrayList<>(1)).add(cell);
        }
      }
      return byLabel.getOrDefault(label, List.of());
    }

    /**
     * A regex match as the page prints it: patterns run over the normalized text (full-width forms
     * folded, so {@code 项目名称 ?:} matches 项目名称：), but a project name is written （一期）, not (一期), as
     * CSS values already are. Read from the page's text with whitespace collapsed only, at the same
     * place, when folding kept every character in place; else the folded value.
     */
    String asPrinted(String pageText, int start, int end, String folded) {
      if (printed == null) {
        printed = collapseSpaces(root.text(), " ").strip();
      }
      if (printed.length() != pageText.length()) {
        return folded;
      }
      String candidate = printed.substring(start, end);
      return TextNormalizer.normalize(candidate).equals(folded) ? candidate : folded;
    }
  }

  /**
   * As {@link #values(Element, String, String)}, with the page's cells indexed once in {@code
   * cells} (null: no index).
   */
  List<String> values(
      Element root, String pageText, @Nullable String title, @Nullable Cells cells) {
    List<String> out = new ArrayList<>();
    switch (kind) {
      case CSS -> {
        for (Element e : root.select(Objects.requireNonNull(css))) {
          add(out, valueOf(e));
        }
      }
      case CELL -> {
        Cells index = cells != null ? cells : new Cells(root);
        for (Element cell : index.labelled(Objects.requireNonNull(label))) {
          Element next = cell.nextElementSibling();
          if (next != null) {
            add(out, next.text());
          }
        }
      }
      case REGEX, TITLE_REGEX -> {
        String text =
            kind == Kind.REGEX ? pageText : title == null ? "" : TextNormalizer.normalize(title);
        for (String literal : requiredLiterals) {
          if (!text.contains(literal)) {
            return out;
          }
        }
        Matcher m = Objects.requireNonNull(pattern).matcher(text);
        while (m.find()) {
          int group = m.groupCount() >= 1 && m.group(1) != null ? 1 : 0;
          String value = m.group(group);
          if (kind == Kind.REGEX && cells != null) {
            value = cells.asPrinted(text, m.start(group), m.end(group), value);
          }
          add(out, value);
        }
      }
      case VALUE -> add(out, Objects.requireNonNull(label));
      case URL_DATE -> {
        org.jsoup.nodes.Document document = root.ownerDocument();
        if (document != null) {
          PublishedDateParser.fromUrl(document.location()).ifPresent(d -> add(out, d.toString()));
        }
      }
    }
    return out;
  }

  /**
   * The first value {@link #values} gives, without the rest: a CSS selector stops at the first
   * element with a non-blank value instead of walking the whole page (a definition's selectors each
   * walked it: issue #6).
   */
  Optional<String> firstValue(
      Element root, String pageText, @Nullable String title, @Nullable Cells cells) {
    if (kind != Kind.CSS) {
      List<String> all = values(root, pageText, title, cells);
      return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
    try (Stream<Element> found = root.selectStream(Objects.requireNonNull(css))) {
      for (Iterator<Element> it = found.iterator(); it.hasNext(); ) {
        String v = clean(valueOf(it.next()));
        if (!v.isEmpty()) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** The first element a CSS selector matches, in page order (null for the other kinds or none). */
  @Nullable Element firstElement(Element root) {
    return kind == Kind.CSS ? root.selectFirst(Objects.requireNonNull(css)) : null;
  }

  private String valueOf(Element e) {
    if (attribute == null) {
      return e.text();
    }
    if (attribute.equals("href") || attribute.equals("src")) {
      return e.absUrl(attribute).isEmpty() ? e.attr(attribute) : e.absUrl(attribute);
    }
    return e.attr(attribute);
  }

  /**
   * A page's text as {@code regex:} selectors see it: full-width forms folded, whitespace
   * collapsed.
   */
  public static String pageText(Element root) {
    return collapseSpaces(TextNormalizer.normalize(root.text()), " ").strip();
  }

  /**
   * Each run of {@link #SPACE} characters replaced by {@code with}: what {@code
   * SPACE.matcher(text).replaceAll(with)} gives, without the regex engine (whole page texts, issue
   * #6).
   */
  static String collapseSpaces(String text, String with) {
    int i = 0;
    int n = text.length();
    boolean single = with.equals(" ");
    // Up to the first place that changes: a space character where there is nothing to replace it
    // with, one that is not ' ', or a run of two.
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c) && (!single || c != ' ' || (i + 1 < n && isSpace(text.charAt(i + 1))))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(with);
        do {
          i++;
        } while (i < n && isSpace(text.charAt(i)));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A character of {@link #SPACE}: {@code \s} (ASCII only, as java.util.regex has it), nbsp,
   * ideographic space.
   */
  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00a0'
        || c == '\u3000';
  }

  @Override
  public String toString() {
    return spec;
  }

  private static void add(List<String> out, String value) {
    String v = clean(value);
    if (!v.isEmpty()) {
      out.add(v);
    }
  }

  /** A value as selectors give it: whitespace runs as one space, stripped. */
  private static String clean(String value) {
    return collapseSpaces(value, " ").strip();
  }

  /** Whitespace (ASCII, nbsp, ideographic) removed, and one trailing colon. */
  private static String compact(String text) {
    String c = collapseSpaces(text, "");
    return c.endsWith("：") || c.endsWith(":") ? c.substring(0, c.length() - 1) : c;
  }
}
