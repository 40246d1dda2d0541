package com.catalysttracker.enrich;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The judgement calls of {@code region-rules.yml}; its header documents every key. */
record RegionRules(
    Map<String, Division> aliases,
    Map<String, String> preferred,
    List<String> notPlaces,
    List<String> streetSuffixes,
    Set<String> ignoreShortNames,
    List<String> addressLabels) {

  private static final Set<String> KEYS =
      Set.of(
          "aliases",
          "preferred",
          "not_places",
          "street_suffixes",
          "ignore_short_names",
          "address_labels");

  static RegionRules load(Path file, Divisions divisions) {
    Map<String, YamlTree> root =
        YamlTree.read(file).mapping("the top level of " + file.getFileName(), KEYS);
    Map<String, Division> aliases = new LinkedHashMap<>();
    codes(root.get("aliases"), "aliases", divisions).forEach(aliases::put);
    Map<String, String> preferred = new LinkedHashMap<>();
    codes(root.get("preferred"), "preferred", divisions)
        .forEach((name, d) -> preferred.put(name, d.code()));
    List<String> streets = YamlTree.strings(root.get("street_suffixes"), "street_suffixes");
    return new RegionRules(
        Map.copyOf(aliases),
        Map.copyOf(preferred),
        YamlTree.strings(root.get("not_places"), "not_places"),
        streets.isEmpty() ? List.of("路", "街") : streets,
        Set.copyOf(YamlTree.strings(root.get("ignore_short_names"), "ignore_short_names")),
        YamlTree.strings(root.get("address_labels"), "address_labels"));
  }

  private static Map<String, Division> codes(
      @Nullable YamlTree tree, String what, Divisions divisions) {
    Map<String, Division> result = new LinkedHashMap<>();
    if (tree == null || tree.isNull()) {
      return result;
    }
    for (Map.Entry<String, YamlTree> entry : tree.mapping(what, Set.of()).entrySet()) {
      String code = entry.getValue().scalar(what + " '" + entry.getKey() + "'");
      Division division =
          divisions
              .byCode(code)
              .orElseThrow(
                  () ->
                      entry
                          .getValue()
                          .error(
                              what
                                  + " '"
                                  + entry.getKey()
                                  + "': code "
                                  + code
                                  + " is not in "
                                  + RegionResolver.DIVISIONS_FILE
                                  + "; use a six-digit GB/T 2260 code in quotes, e.g. \"440305\""));
      result.put(entry.getKey(), division);
    }
    return result;
  }
}
