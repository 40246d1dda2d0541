package com.catalysttracker.enrich;

import com.catalysttracker.document.ListedCompany;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps a winner's name to the listed company it belongs to, from {@code listed-companies.yml} (its
 * header documents the format): the company's legal name, aliases, former names and subsidiaries,
 * and branches of any of them. Matching is exact after normalising, so a name that merely shares a
 * syllable never matches. Thread-safe.
 */
public final class ListedCompanyMatcher {

  static final String FILE = "listed-companies.yml";
  private static final Set<String> TOP_KEYS = Set.of("companies", "branch_suffixes");
  private static final Set<String> COMPANY_KEYS =
      Set.of("code", "name", "legal_name", "aliases", "former_names", "subsidiaries");
  private static final List<String> DEFAULT_BRANCH_SUFFIXES =
      List.of("分公司", "分部", "办事处", "营业部", "分中心", "分院");
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String COMPANY = "公司";

  private final Map<String, ListedCompany> byName;
  private final List<String> branchSuffixes;

  private ListedCompanyMatcher(Map<String, ListedCompany> byName, List<String> branchSuffixes) {
    this.byName = byName;
    this.branchSuffixes = branchSuffixes;
  }

  /** Reads {@code listed-companies.yml} from {@code referenceDir}. */
  public static ListedCompanyMatcher load(Path referenceDir) {
    Path file = referenceDir.resolve(FILE);
    Map<String, YamlTree> root = YamlTree.read(file).mapping("the top level of " + FILE, TOP_KEYS);
    YamlTree companies = root.get("companies");
    if (companies == null) {
      throw new ReferenceDataException(
          file,
          1,
          "no 'companies:' list; add one entry per listed company (code, name, legal_name)");
    }
    Map<String, ListedCompany> byName = new HashMap<>();
    Map<String, Integer> codeLines = new HashMap<>();
    for (YamlTree entry : companies.sequence("companies")) {
      Map<String, YamlTree> fields = entry.mapping("a company entry", COMPANY_KEYS);
      String code = required(entry, fields, "code");
      if (!CODE.matcher(code).matches()) {
        throw fields
            .get("code")
            .error(
                "code '"
                    + code
                    + "' must be the six-digit stock code in quotes, e.g. code: \"002373\"");
      }
      Integer earlier = codeLines.putIfAbsent(code, entry.line());
      if (earlier != null) {
        throw entry.error(
            "code "
                + code
                + " is listed twice (first at line "
                + earlier
                + "); merge the two entries");
      }
      ListedCompany company = new ListedCompany(code, required(entry, fields, "name"));
      register(byName, company, fields.get("name"), List.of(company.name()));
      register(
          byName,
          company,
          fields.get("legal_name"),
          List.of(required(entry, fields, "legal_name")));
      for (String key : List.of("aliases", "former_names", "subsidiaries")) {
        YamlTree names = fields.get(key);
        if (names != null) {
          register(byName, company, names, YamlTree.strings(names, key + " of " + code));
        }
      }
    }
    List<String> suffixes = YamlTree.strings(root.get("branch_suffixes"), "branch_suffixes");
    return new ListedCompanyMatcher(
        Map.copyOf(byName), suffixes.isEmpty() ? DEFAULT_BRANCH_SUFFIXES : suffixes);
  }

  /** The listed company a winner's name belongs to, or empty when it is none the file knows. */
  public Optional<ListedCompany> match(@Nullable String winnerName) {
    if (winnerName == null || winnerName.isBlank()) {
      return Optional.empty();
    }
    String name = normalise(winnerName);
    ListedCompany exact = byName.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    // A branch: the company's own name, then the branch's (…股份有限公司北京分公司).
    for (int at = name.indexOf(COMPANY); at >= 0; at = name.indexOf(COMPANY, at + 1)) {
      int end = at + COMPANY.length();
      String rest = name.substring(end);
      if (!rest.isEmpty() && branchSuffixes.stream().anyMatch(rest::endsWith)) {
        ListedCompany parent = byName.get(name.substring(0, end));
        if (parent != null) {
          return Optional.of(parent);
        }
      }
    }
    return Optional.empty();
  }

  static String normalise(String name) {
    String halfWidth = Normalizer.normalize(name, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(halfWidth).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static String required(YamlTree entry, Map<String, YamlTree> fields, String key) {
    YamlTree value = fields.get(key);
    if (value == null || value.isNull()) {
      throw entry.error(
          "company entry has no '" + key + "'; every company needs code, name and legal_name");
    }
    return value.scalar("'" + key + "'");
  }

  private static void register(
      Map<String, ListedCompany> byName,
      ListedCompany company,
      YamlTree where,
      List<String> names) {
    for (String name : names) {
      ListedCompany other = byName.putIfAbsent(normalise(name), company);
      if (other != null && !other.equals(company)) {
        throw where.error(
            "'"
                + name
                + "' is already a name of "
                + other.code()
                + " "
                + other.name()
                + "; a name may belong to one company only");
      }
    }
  }
}
