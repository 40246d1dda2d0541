package com.catalysttracker.enrich;

import com.catalysttracker.document.Region;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds where an issuer or buyer sits, per DESIGN.md's {@code region} rule: the division the name
 * names, at its own level; otherwise the place the notice states for the buyer, at city level;
 * otherwise nothing. Whether a national or ministry policy should carry a region at all is the
 * caller's decision (DESIGN.md says it should not).
 *
 * <p>Built once from the reference directory ({@code regions.tsv}, {@code region-rules.yml});
 * thread-safe and cheap to call.
 */
public final class RegionResolver {

  static final String DIVISIONS_FILE = "regions.tsv";
  static final String RULES_FILE = "region-rules.yml";
  private static final int LABEL_WINDOW = 40;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Divisions divisions;
  private final RegionRules rules;

  /** Every name a place goes by; an empty list marks a word that is not a place (中山大学). */
  private final Map<String, List<Entry>> names;

  private final int longestName;
  // The first two characters of every name, as (first << 16 | second): scan() looks names up only
  // where two characters could begin one, instead of every length at every character (issue #6).
  private final Set<Integer> namePrefixes;
  private final Pattern street;

  private RegionResolver(Divisions divisions, RegionRules rules) {
    this.divisions = divisions;
    this.rules = rules;
    this.names = index(divisions, rules);
    this.longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.namePrefixes = new HashSet<>();
    for (String name : names.keySet()) {
      if (name.length() >= 2) {
        namePrefixes.add(name.charAt(0) << 16 | name.charAt(1));
      }
    }
    this.street =
        Pattern.compile(
            "^[东西南北中]?(?:"
                + rules.streetSuffixes().stream()
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")");
  }

  /** Loads {@code regions.tsv} and {@code region-rules.yml} from {@code referenceDir}. */
  public static RegionResolver load(Path referenceDir) {
    Divisions divisions = Divisions.load(referenceDir.resolve(DIVISIONS_FILE));
    return new RegionResolver(
        divisions, RegionRules.load(referenceDir.resolve(RULES_FILE), divisions));
  }

  /** The region of an issuer known by name only. */
  public Optional<Region> resolve(@Nullable String issuerName) {
    return resolve(issuerName, null);
  }

  /**
   * The region of an issuer or buyer. {@code pageText} (the notice's text, may be null) settles
   * names several divisions share and supplies the stated place when the name names none.
   */
  public Optional<Region> resolve(@Nullable String issuerName, @Nullable String pageText) {
    String text = pageText == null ? "" : normalise(pageText);
    if (issuerName != null && !issuerName.isBlank()) {
      NameMatch match = match(WHITESPACE.matcher(normalise(issuerName)).replaceAll(""));
      Division division = match.ambiguous().isEmpty() ? match.division() : settle(match, text);
      if (division != null) {
        return Optional.of(divisions.region(division));
      }
    }
    return statedPlace(text).map(d -> divisions.region(divisions.atCityLevel(d)));
  }

  /** The division a name names and where in the name it ends, for issuer-level rules. */
  Optional<NameMatch> divisionNamedIn(String name) {
    NameMatch match = match(WHITESPACE.matcher(normalise(name)).replaceAll(""));
    Division division = match.ambiguous().isEmpty() ? match.division() : settle(match, "");
    return division == null
        ? Optional.empty()
        : Optional.of(new NameMatch(division, List.of(), "", match.end()));
  }

  Divisions divisions() {
    return divisions;
  }

  private static String normalise(String text) {
    // A page's text arrives normalized already; the check is one pass without a copy (issue #6).
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Reads the divisions a text names, outermost first: each later name must lie inside the division
   * established so far (so 深圳市龙华区 is Shenzhen's 龙华区); one that does not is ignored. Stops at the
   * first name that stays ambiguous (鼓楼区 with no city before it).
   */
  private NameMatch match(String text) {
    Division current = null;
    int end = 0;
    for (Mention mention : scan(text)) {
      List<Division> candidates = mention.divisions();
      if (current != null) {
        Division within = current;
        candidates = candidates.stream().filter(d -> divisions.isWithin(d, within)).toList();
        if (candidates.isEmpty()) {
          continue;
        }
      } else if (mention.weak()) {
        continue;
      }
      if (candidates.size() > 1) {
        return new NameMatch(current, candidates, mention.name(), mention.end());
      }
      current = candidates.get(0);
      end = mention.end();
    }
    return new NameMatch(current, List.of(), "", end);
  }

  /**
   * A shared name (鼓楼区): a province or city the page names decides; then the preferred reading from
   * the rules file; else only what the candidates have in common, which may be nothing but what the
   * name established before the shared part.
   */
  private @Nullable Division settle(NameMatch match, String text) {
    Set<Division> context = new LinkedHashSet<>();
    statedPlace(text).ifPresent(context::add);
    for (Mention mention : scan(text)) {
      if (!mention.weak() && mention.divisions().size() == 1) {
        context.add(mention.divisions().get(0));
      }
    }
    List<Division> named =
        match.ambiguous().stream()
            .filter(
                d ->
                    context.stream()
                        .anyMatch(
                            c ->
                                c.equals(d)
                                    || divisions.isWithin(d, c)
                                    || divisions.isWithin(c, d)))
            .toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    String preferred = rules.preferred().get(match.ambiguousName());
    if (preferred != null) {
      for (Division candidate : match.ambiguous()) {
        if (candidate.code().equals(preferred)) {
          return candidate;
        }
      }
    }
    Division common = commonAncestor(match.ambiguous());
    return common != null ? common : match.division();
  }

  private @Nullable Division commonAncestor(List<Division> candidates) {
    List<Division> shared = divisions.lineage(candidates.get(0));
    for (Division candidate : candidates.subList(1, candidates.size())) {
      List<Division> lineage = divisions.lineage(candidate);
      int same = 0;
      while (same < shared.size()
          && same < lineage.size()
          && shared.get(same).equals(lineage.get(same))) {
        same++;
      }
      shared = shared.subList(0, same);
    }
    return shared.isEmpty() ? null : shared.get(shared.size() - 1);
  }

  /** The place a labelled field of the notice states (行政区域: 北京市, 实施地点: 广东省广州市). */
  private Optional<Division> statedPlace(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (String label : rules.addressLabels()) {
      for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length())) {
        int from = at + label.length();
        String window = text.substring(from, Math.min(text.length(), from + LABEL_WINDOW));
        NameMatch match = match(window.replaceFirst("^[\\s:：]+", ""));
        Division division =
            match.ambiguous().isEmpty() ? match.division() : commonAncestorOr(match);
        if (division != null) {
          return Optional.of(division);
        }
      }
    }
    return Optional.empty();
  }

  private @Nullable Division commonAncestorOr(NameMatch match) {
    Division common = commonAncestor(match.ambiguous());
    return common != null ? common : match.division();
  }

  /** Longest division name at each position, left to right. */
  private List<Mention> scan(String text) {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int next = i + 1;
      if (i + 1 >= text.length()
          || !namePrefixes.contains(text.charAt(i) << 16 | text.charAt(i + 1))) {
        i = next; // no name of two or more characters starts here
        continue;
      }
      for (int length = Math.min(longestName, text.length() - i); length >= 2; length--) {
        List<Entry> entries = names.get(text.substring(i, i + length));
        if (entries == null) {
          continue;
        }
        if (entries.isEmpty()) {
          next = i + length;
          break;
        }
        boolean shortName = entries.get(0).form() == Form.SHORT;
        if (shortName && street.matcher(text.subSequence(i + length, text.length())).find()) {
          continue;
        }
        mentions.add(new Mention(text.substring(i, i + length), entries, i + length));
        next = i + length;
        break;
      }
      i = next;
    }
    return mentions;
  }

  private static Map<String, List<Entry>> index(Divisions divisions, RegionRules rules) {
    Map<String, List<Entry>> all = new HashMap<>();
    for (Division division : divisions.all()) {
      all.computeIfAbsent(division.name(), k -> new ArrayList<>())
          .add(new Entry(division, Form.FULL));
      String shortName = division.shortName();
      if (!shortName.isEmpty() && !rules.ignoreShortNames().contains(shortName)) {
        all.computeIfAbsent(shortName, k -> new ArrayList<>()).add(new Entry(division, Form.SHORT));
      }
    }
    rules
        .aliases()
        .forEach(
            (alias, division) ->
                all.computeIfAbsent(alias, k -> new ArrayList<>())
                    .add(new Entry(division, Form.FULL)));
    Map<String, List<Entry>> index = new HashMap<>(all.size() * 2);
    // A name that is a full name somewhere beats the same text used as a short name elsewhere,
    // and a short name shared across levels means the higher one (吉林 is the province).
    all.forEach(
        (name, entries) -> {
          Form best =
              entries.stream().map(Entry::form).min(Comparator.naturalOrder()).orElseThrow();
          List<Entry> kept = entries.stream().filter(e -> e.form() == best).toList();
          if (best == Form.SHORT) {
            Division.Kind top =
                kept.stream()
                    .map(e -> e.division().kind())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            kept = kept.stream().filter(e -> e.division().kind() == top).toList();
          }
          index.put(name, List.copyOf(kept));
        });
    for (String word : rules.notPlaces()) {
      index.put(normalise(word), List.of());
    }
    return Map.copyOf(index);
  }

  private enum Form {
    FULL,
    SHORT
  }

  private record Entry(Division division, Form form) {}

  private record Mention(String name, List<Entry> entries, int end) {

    List<Division> divisions() {
      return entries.stream().map(Entry::division).toList();
    }

    /**
     * A county's short name (龙华, 长安) or a two-character county name (新县, 东区) is too common a word
     * to trust without a province or city named before it.
     */
    boolean weak() {
      Entry first = entries.get(0);
      return first.division().kind() == Division.Kind.COUNTY
          && (first.form() == Form.SHORT || name.length() <= 2);
    }
  }

  /**
   * What a name establishes: {@code division} (may be null), or, when it stops at a name several
   * divisions share, those candidates and the shared name; {@code end} is the index just past the
   * last division name read.
   */
  record NameMatch(
      @Nullable Division division, List<Division> ambiguous, String ambiguousName, int end) {}
}
