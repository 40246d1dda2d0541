package com.catalysttracker.enrich;

import com.catalysttracker.document.IssuerLevel;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ranks an issuer or buyer (DESIGN.md {@code issuer_level}) from its name, using the vocabulary in
 * {@code issuer-levels.yml} (whose header states the rules) and the divisions the name names.
 * Thread-safe.
 */
public final class IssuerLevels {

  static final String FILE = "issuer-levels.yml";
  private static final Set<String> KEYS =
      Set.of(
          "strip_prefixes",
          "national",
          "enterprise_markers",
          "enterprise_prefixes",
          "ministry",
          "zone_words");
  private static final Pattern JOINT = Pattern.compile("[、，,;；]");
  // Compiled once: String.replaceAll compiled it for every issuer (issue #6).
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Highest rank first: a joint issuer takes the highest level of its parts. */
  private static final List<IssuerLevel> RANK =
      List.of(
          IssuerLevel.NATIONAL,
          IssuerLevel.MINISTRY,
          IssuerLevel.PROVINCE,
          IssuerLevel.CITY,
          IssuerLevel.DISTRICT,
          IssuerLevel.ENTERPRISE,
          IssuerLevel.UNKNOWN);

  private final RegionResolver regions;
  private final List<String> stripPrefixes;
  private final Set<String> national;
  private final List<String> enterpriseMarkers;
  private final List<String> enterprisePrefixes;
  private final List<String> ministry;
  private final List<String> zoneWords;

  private IssuerLevels(RegionResolver regions, Map<String, YamlTree> vocabulary) {
    this.regions = regions;
    this.stripPrefixes = YamlTree.strings(vocabulary.get("strip_prefixes"), "strip_prefixes");
    this.national = Set.copyOf(YamlTree.strings(vocabulary.get("national"), "national"));
    this.enterpriseMarkers =
        YamlTree.strings(vocabulary.get("enterprise_markers"), "enterprise_markers");
    this.enterprisePrefixes =
        YamlTree.strings(vocabulary.get("enterprise_prefixes"), "enterprise_prefixes");
    this.ministry = YamlTree.strings(vocabulary.get("ministry"), "ministry");
    this.zoneWords = YamlTree.strings(vocabulary.get("zone_words"), "zone_words");
  }

  /**
   * Reads {@code issuer-levels.yml} from {@code referenceDir}; divisions come from {@code regions}.
   */
  public static IssuerLevels load(Path referenceDir, RegionResolver regions) {
    Path file = referenceDir.resolve(FILE);
    return new IssuerLevels(regions, YamlTree.read(file).mapping("the top level of " + FILE, KEYS));
  }

  /** The level of an issuer name; {@link IssuerLevel#UNKNOWN} for a blank or unrecognised one. */
  public IssuerLevel levelOf(@Nullable String issuer) {
    if (issuer == null || issuer.isBlank()) {
      return IssuerLevel.UNKNOWN;
    }
    IssuerLevel best = IssuerLevel.UNKNOWN;
    for (String part : JOINT.split(Normalizer.normalize(issuer, Normalizer.Form.NFKC))) {
      IssuerLevel level = levelOfOne(WHITESPACE.matcher(part).replaceAll(""));
      if (RANK.indexOf(level) < RANK.indexOf(best)) {
        best = level;
      }
    }
    return best;
  }

  private IssuerLevel levelOfOne(String rawName) {
    String name = rawName;
    for (String prefix : stripPrefixes) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        name = name.substring(prefix.length());
      }
    }
    if (name.isEmpty()) {
      return IssuerLevel.UNKNOWN;
    }
    if (national.contains(name)) {
      return IssuerLevel.NATIONAL;
    }
    String company = name;
    if (enterpriseMarkers.stream().anyMatch(company::contains)
        || enterprisePrefixes.stream().anyMatch(company::startsWith)) {
      return IssuerLevel.ENTERPRISE;
    }
    if (ministry.stream().anyMatch(company::startsWith)) {
      return IssuerLevel.MINISTRY;
    }
    Optional<RegionResolver.NameMatch> match = regions.divisionNamedIn(name);
    if (match.isEmpty() || match.get().division() == null) {
      return IssuerLevel.UNKNOWN;
    }
    Division division = match.get().division();
    String rest = name.substring(Math.min(match.get().end(), name.length()));
    boolean zone = zoneWords.stream().anyMatch(rest::contains);
    return switch (division.kind()) {
      case PROVINCE ->
          zone
              ? (division.isMunicipality() ? IssuerLevel.DISTRICT : IssuerLevel.CITY)
              : IssuerLevel.PROVINCE;
      case PREFECTURE -> zone ? IssuerLevel.DISTRICT : IssuerLevel.CITY;
      case COUNTY -> IssuerLevel.DISTRICT;
    };
  }
}
