package com.catalysttracker.source;

import com.catalysttracker.extract.DetailField;
import com.catalysttracker.extract.DetailSelectors;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.extract.FieldSelector;
import com.catalysttracker.extract.SourceKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.quartz.CronExpression;

/**
 * Reads one {@code crawlers/ID.yml} into a {@link SourceDefinition}, checking every field; the
 * first problem found is thrown as a {@link DefinitionException} naming file, line, column and
 * field. Defaults are those documented in {@code crawlers/_reference.yml}.
 */
public final class SourceDefinitionLoader {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  static final String DEFAULT_CRON = "0 0 * * * ?";
  static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);
  static final int DEFAULT_STOP_AFTER_SEEN = 5;
  static final int DEFAULT_MAX_PAGES = 25;
  private static final Pattern JSON_PATH = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*|\\*");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> TOP =
      Set.of(
          "id",
          "name",
          "kind",
          "family",
          "site",
          "schedule",
          "politeness",
          "incremental",
          "search",
          "lists",
          "detail");
  private static final Set<String> SITE = Set.of("scheme", "hosts", "encoding");
  private static final Set<String> SCHEDULE = Set.of("cron", "enabled");
  private static final Set<String> POLITENESS = Set.of("delay", "user-agent");
  private static final Set<String> INCREMENTAL = Set.of("stop-after-seen");
  private static final Set<String> SEARCH = Set.of("themes", "terms");
  private static final Set<String> LIST =
      Set.of(
          "name",
          "format",
          "method",
          "url",
          "json",
          "form",
          "headers",
          "paging",
          "items",
          "block-markers",
          "discover",
          "every");
  private static final Set<String> DISCOVER = Set.of("url", "values");
  private static final Set<String> BUILT_IN = Set.of("page", "index", "term");
  private static final Set<String> PAGING =
      Set.of("url", "json", "form", "pages", "total", "page-size", "max-pages");
  private static final Set<String> ITEMS =
      Set.of("select", "path", "link", "link-template", "title", "date");
  private static final Set<String> DETAIL;

  static {
    Set<String> keys =
        new LinkedHashSet<>(
            List.of("adapter", "required", "join-issuers", "follow", "block-markers"));
    for (DetailField f : DetailField.values()) {
      keys.add(f.key());
    }
    DETAIL = Set.copyOf(keys);
  }

  /** The family of a site built on no shared CMS, and of definitions that name none. */
  public static final String CUSTOM_FAMILY = "custom";

  private final Map<String, List<String>> themeTerms;
  private final Set<String> families;

  /**
   * @param themeTerms search terms per theme id ({@code crawlers/_themes.yml})
   * @param families the family ids a definition may name ({@code crawlers/_families.yml}); {@code
   *     custom} is always allowed
   */
  public SourceDefinitionLoader(Map<String, List<String>> themeTerms, Set<String> families) {
    this.themeTerms = Map.copyOf(themeTerms);
    Set<String> known = new LinkedHashSet<>(families);
    known.add(CUSTOM_FAMILY);
    this.families = Set.copyOf(known);
  }

  /** A loader that knows no families but {@code custom} (tests of other keys). */
  public SourceDefinitionLoader(Map<String, List<String>> themeTerms) {
    this(themeTerms, Set.of());
  }

  public SourceDefinition load(Path file) {
    YamlNode root = YamlNode.read(file);
    Map<String, YamlNode> top = root.mapping(TOP);

    YamlNode idNode = require(root, top, "id");
    String id = idNode.text();
    if (!ID.matcher(id).matches()) {
      throw idNode.error(
          "'"
              + id
              + "' is not a valid id: use lower-case letters, digits and '-' (e.g. gov-cn-policy)");
    }
    String expectedId = baseName(file);
    if (!id.equals(expectedId)) {
      throw idNode.error(
          "id '"
              + id
              + "' differs from the file name; rename the file to "
              + id
              + ".yml or set id: "
              + expectedId);
    }
    String name = require(root, top, "name").text();
    YamlNode kindNode = require(root, top, "kind");
    SourceKind kind =
        switch (kindNode.text().toLowerCase(Locale.ROOT)) {
          case "policy" -> SourceKind.POLICY;
          case "procurement" -> SourceKind.PROCUREMENT;
          default ->
              throw kindNode.error("expected policy or procurement, was '" + kindNode.text() + "'");
        };
    String family = CUSTOM_FAMILY;
    YamlNode familyNode = YamlNode.optional(top, "family");
    if (familyNode != null) {
      family = familyNode.text();
      if (!families.contains(family)) {
        throw familyNode.error(
            "unknown family '"
                + family
                + "'; known families (crawlers/_families.yml): "
                + String.join(", ", families.stream().sorted().toList())
                + ". Add a new one there, or use custom");
      }
    }

    Map<String, YamlNode> site = require(root, top, "site").mapping(SITE);
    String scheme = "https";
    YamlNode schemeNode = YamlNode.optional(site, "scheme");
    if (schemeNode != null) {
      scheme = schemeNode.text().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw schemeNode.error(
            "expected https or http (the scheme the real site answers on), was '" + scheme + "'");
      }
    }
    YamlNode hostsNode = site.get("hosts");
    if (hostsNode == null) {
      throw root.error("site.hosts is missing: list every host the source is fetched from");
    }
    List<String> hosts = new ArrayList<>();
    for (String h : hostsNode.strings()) {
      if (h.contains("/") || h.contains(":") || h.isBlank()) {
        throw hostsNode.error(
            "'" + h + "' is not a host name; write www.example.gov.cn, without scheme or path");
      }
      hosts.add(h.toLowerCase(Locale.ROOT));
    }
    if (hosts.isEmpty()) {
      throw hostsNode.error("list at least one host");
    }
    Charset encoding = null;
    YamlNode encodingNode = YamlNode.optional(site, "encoding");
    if (encodingNode != null && !encodingNode.text().equalsIgnoreCase("auto")) {
      try {
        encoding = Charset.forName(encodingNode.text());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw encodingNode.error(
            "unknown charset '" + encodingNode.text() + "'; use auto, utf-8, gb18030 …");
      }
    }

    String cron = DEFAULT_CRON;
    boolean scheduled = true;
    YamlNode scheduleNode = YamlNode.optional(top, "schedule");
    if (scheduleNode != null) {
      Map<String, YamlNode> schedule = scheduleNode.mapping(SCHEDULE);
      YamlNode cronNode = YamlNode.optional(schedule, "cron");
      if (cronNode != null) {
        cron = cronNode.text();
        try {
          CronExpression.validateExpression(cron);
        } catch (java.text.ParseException e) {
          throw cronNode.error(
              "not a Quartz cron expression ("
                  + e.getMessage()
                  + "); six fields: second minute hour day-of-month month day-of-week, e.g. \"0 0/30 * * * ?\"");
        }
      }
      YamlNode enabled = YamlNode.optional(schedule, "enabled");
      scheduled = enabled == null || enabled.bool();
    }

    Duration delay = DEFAULT_DELAY;
    String userAgent = "default";
    YamlNode politenessNode = YamlNode.optional(top, "politeness");
    if (politenessNode != null) {
      Map<String, YamlNode> politeness = politenessNode.mapping(POLITENESS);
      YamlNode delayNode = YamlNode.optional(politeness, "delay");
      if (delayNode != null) {
        delay = delayNode.duration();
        if (delay.compareTo(Duration.ofMillis(500)) < 0) {
          throw delayNode.error(
              "a delay under 500ms hammers a government site; use 500ms or more (tests lower it in code)");
        }
      }
      YamlNode agentNode = YamlNode.optional(politeness, "user-agent");
      if (agentNode != null) {
        userAgent = agentNode.text();
      }
    }

    int stopAfterSeen = DEFAULT_STOP_AFTER_SEEN;
    YamlNode incrementalNode = YamlNode.optional(top, "incremental");
    if (incrementalNode != null) {
      YamlNode stop = YamlNode.optional(incrementalNode.mapping(INCREMENTAL), "stop-after-seen");
      if (stop != null) {
        stopAfterSeen = stop.positiveInt();
      }
    }

    List<String> terms = searchTerms(YamlNode.optional(top, "search"));

    YamlNode listsNode = require(root, top, "lists");
    List<ListSpec> lists = new ArrayList<>();
    for (YamlNode listNode : listsNode.sequence()) {
      ListSpec list = list(listNode, hosts);
      if (list.perTerm() && terms.isEmpty()) {
        throw listNode.error(
            "this list searches with {term}, but search.themes and search.terms give no terms");
      }
      lists.add(list);
    }
    if (lists.isEmpty()) {
      throw listsNode.error("list at least one list to walk");
    }

    YamlNode detailNode = require(root, top, "detail");
    Map<String, YamlNode> detail = detailNode.mapping(DETAIL);
    String adapter = "html";
    YamlNode adapterNode = YamlNode.optional(detail, "adapter");
    if (adapterNode != null) {
      adapter = adapterNode.text();
      if (!Extractors.ADAPTERS.contains(adapter)) {
        throw adapterNode.error(
            "unknown adapter '"
                + adapter
                + "'; known adapters: "
                + String.join(", ", Extractors.ADAPTERS.stream().sorted().toList()));
      }
    }
    DetailSelectors selectors = selectors(detail);
    List<String> follow = List.of();
    YamlNode followNode = YamlNode.optional(detail, "follow");
    if (followNode != null) {
      follow = followNode.strings();
      for (String spec : follow) {
        if (selector(followNode, spec, true).kind() != FieldSelector.Kind.CSS
            || spec.contains("@")) {
          throw followNode.error(
              "'"
                  + spec
                  + "': follow takes plain CSS selectors of links (a[href]); their href is read");
        }
      }
    }
    if (Extractors.SELECTOR_ADAPTERS.contains(adapter)
        && selectors.of(DetailField.TITLE).isEmpty()) {
      throw detailNode.error(
          "detail.title is missing: give at least one selector for the title (e.g. h1)");
    }
    YamlNode detailMarkers = YamlNode.optional(detail, "block-markers");
    List<String> detailBlockMarkers = detailMarkers == null ? List.of() : detailMarkers.strings();
    return new SourceDefinition(
        file,
        id,
        name,
        kind,
        family,
        scheme,
        hosts,
        encoding,
        cron,
        scheduled,
        delay,
        userAgent,
        stopAfterSeen,
        terms,
        lists,
        adapter,
        selectors,
        follow,
        detailBlockMarkers);
  }

  private List<String> searchTerms(@Nullable YamlNode searchNode) {
    if (searchNode == null) {
      return List.of();
    }
    Map<String, YamlNode> search = searchNode.mapping(SEARCH);
    Set<String> terms = new LinkedHashSet<>();
    YamlNode themes = YamlNode.optional(search, "themes");
    if (themes != null) {
      for (String theme : themes.strings()) {
        List<String> ofTheme = themeTerms.get(theme);
        if (ofTheme == null) {
          throw themes.error(
              "unknown theme '"
                  + theme
                  + "'; themes with search terms (crawlers/_themes.yml): "
                  + String.join(", ", themeTerms.keySet().stream().sorted().toList()));
        }
        terms.addAll(ofTheme);
      }
    }
    YamlNode extra = YamlNode.optional(search, "terms");
    if (extra != null) {
      terms.addAll(extra.strings());
    }
    return List.copyOf(terms);
  }

  private ListSpec list(YamlNode node, List<String> hosts) {
    Map<String, YamlNode> list = node.mapping(LIST);
    YamlNode urlNode = require(node, list, "url");
    String name =
        YamlNode.optional(list, "name") == null ? urlNode.text() : list.get("name").text();
    ListSpec.Format format = ListSpec.Format.HTML;
    YamlNode formatNode = YamlNode.optional(list, "format");
    if (formatNode != null) {
      format =
          switch (formatNode.text().toLowerCase(Locale.ROOT)) {
            case "html" -> ListSpec.Format.HTML;
            case "json" -> ListSpec.Format.JSON;
            case "json-html" -> ListSpec.Format.JSON_HTML;
            default ->
                throw formatNode.error(
                    "expected html, json or json-html, was '" + formatNode.text() + "'");
          };
    }
    RequestTemplate.Method method = RequestTemplate.Method.GET;
    YamlNode methodNode = YamlNode.optional(list, "method");
    if (methodNode != null) {
      try {
        method = RequestTemplate.Method.valueOf(methodNode.text().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw methodNode.error("expected GET or POST, was '" + methodNode.text() + "'");
      }
    }
    Map<String, String> headers = stringMap(YamlNode.optional(list, "headers"));
    ListSpec.Discovery discover = discovery(YamlNode.optional(list, "discover"), hosts);
    Set<String> named = discover == null ? Set.of() : discover.values().keySet();
    RequestTemplate first =
        request(
            method,
            urlNode,
            YamlNode.optional(list, "json"),
            YamlNode.optional(list, "form"),
            headers,
            hosts,
            named);

    RequestTemplate next = null;
    String pages = null;
    String total = null;
    int pageSize = 0;
    int maxPages = DEFAULT_MAX_PAGES;
    YamlNode pagingNode = YamlNode.optional(list, "paging");
    if (pagingNode != null) {
      Map<String, YamlNode> paging = pagingNode.mapping(PAGING);
      YamlNode nextUrl = YamlNode.optional(paging, "url");
      YamlNode nextJson = YamlNode.optional(paging, "json");
      YamlNode nextForm = YamlNode.optional(paging, "form");
      if (nextUrl != null || nextJson != null || nextForm != null) {
        YamlNode url = nextUrl != null ? nextUrl : urlNode;
        next =
            request(
                method,
                url,
                nextJson != null ? nextJson : YamlNode.optional(list, "json"),
                nextForm != null ? nextForm : YamlNode.optional(list, "form"),
                headers,
                hosts,
                named);
        if (!next.usesPage()) {
          throw (nextUrl != null ? nextUrl : pagingNode)
              .error(
                  "the next-page request must use {page} or {index}, or every page would be page 2");
        }
      }
      YamlNode pagesNode = YamlNode.optional(paging, "pages");
      if (pagesNode != null) {
        pages = pagesNode.text();
        if (pages.startsWith("regex:")) {
          compile(pagesNode, pages.substring(6));
        } else {
          jsonPath(pagesNode, pages);
        }
      }
      YamlNode totalNode = YamlNode.optional(paging, "total");
      if (totalNode != null) {
        total = jsonPath(totalNode, totalNode.text());
        YamlNode size = YamlNode.optional(paging, "page-size");
        if (size == null) {
          throw totalNode.error(
              "paging.total needs paging.page-size (items per page) to count pages");
        }
        pageSize = size.positiveInt();
      }
      YamlNode max = YamlNode.optional(paging, "max-pages");
      if (max != null) {
        maxPages = max.positiveInt();
      }
    }
    YamlNode itemsNode = require(node, list, "items");
    ItemSpec items = items(itemsNode, format);
    List<String> markers =
        YamlNode.optional(list, "block-markers") == null
            ? List.of()
            : list.get("block-markers").strings();
    YamlNode everyNode = YamlNode.optional(list, "every");
    int every = everyNode == null ? 1 : everyNode.positiveInt();
    return new ListSpec(
        name, format, first, next, pages, total, pageSize, maxPages, items, markers, discover,
        every);
  }

  private ListSpec.@Nullable Discovery discovery(@Nullable YamlNode node, List<String> hosts) {
    if (node == null) {
      return null;
    }
    Map<String, YamlNode> discover = node.mapping(DISCOVER);
    YamlNode urlNode = require(node, discover, "url");
    request(RequestTemplate.Method.GET, urlNode, null, null, Map.of(), hosts, Set.of());
    YamlNode valuesNode = require(node, discover, "values");
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : valuesNode.mapping(Set.of()).entrySet()) {
      if (BUILT_IN.contains(e.getKey()) || !e.getKey().matches("[a-z]+")) {
        throw e.getValue()
            .error(
                "'"
                    + e.getKey()
                    + "' cannot name a discovered value: use lower-case letters other than page, index, term");
      }
      String spec = e.getValue().text();
      if (!spec.startsWith("regex:")) {
        throw e.getValue()
            .error(
                "a discovered value is read with regex:PATTERN (group 1 of the page's raw text), was '"
                    + spec
                    + "'");
      }
      compile(e.getValue(), spec.substring(6));
      values.put(e.getKey(), spec);
    }
    if (values.isEmpty()) {
      throw valuesNode.error(
          "name at least one value to read from the page (e.g. sid: \"regex:SID:\\s*'(\\d+)'\")");
    }
    return new ListSpec.Discovery(urlNode.text(), values);
  }

  private RequestTemplate request(
      RequestTemplate.Method method,
      YamlNode urlNode,
      @Nullable YamlNode jsonNode,
      @Nullable YamlNode formNode,
      Map<String, String> headers,
      List<String> hosts,
      Set<String> named) {
    String url = urlNode.text();
    placeholders(urlNode, url, named);
    URI uri;
    try {
      uri = new URI(RequestTemplate.fill(url, 1, "x").replaceAll("\\{[a-z]+}", "0"));
    } catch (URISyntaxException e) {
      throw urlNode.error(
          "not a valid URL ("
              + e.getReason()
              + "); percent-encode spaces and Chinese, or use {term}");
    }
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw urlNode.error("'" + url + "' must be an absolute http(s) URL of the real site");
    }
    if (!hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      throw urlNode.error(
          "host "
              + uri.getHost()
              + " is not in site.hosts "
              + hosts
              + "; add it there if it belongs to the site");
    }
    String json = null;
    if (jsonNode != null) {
      if (method != RequestTemplate.Method.POST) {
        throw jsonNode.error("a JSON body needs method: POST");
      }
      json = jsonNode.text();
      placeholders(jsonNode, json, named);
      try {
        JSON.readTree(RequestTemplate.fill(json, 1, "x").replaceAll("\\{[a-z]+}", "0"));
      } catch (JsonProcessingException e) {
        throw jsonNode.error(
            "not valid JSON once placeholders are filled ("
                + e.getOriginalMessage()
                + "); quote string placeholders: \"{term}\"");
      }
    }
    Map<String, String> form = stringMap(formNode);
    if (!form.isEmpty() && method != RequestTemplate.Method.POST) {
      throw formNode.error("form fields need method: POST; for GET put parameters in the URL");
    }
    if (formNode != null && json != null) {
      throw formNode.error("give either json or form, not both");
    }
    return new RequestTemplate(method, url, json, form, headers);
  }

  private ItemSpec items(YamlNode node, ListSpec.Format format) {
    Map<String, YamlNode> items = node.mapping(ITEMS);
    if (format == ListSpec.Format.JSON_HTML) {
      // The fragment by JSON path, then items in it by CSS, as an html list.
      YamlNode pathNode = require(node, items, "path");
      String fragment = jsonPath(pathNode, pathNode.text());
      Map<String, YamlNode> css = new LinkedHashMap<>(items);
      css.remove("path");
      ItemSpec html = itemsOf(node, css, ListSpec.Format.HTML);
      return new ItemSpec(
          html.select(), html.link(), html.title(), html.date(), fragment, html.linkTemplate());
    }
    return itemsOf(node, items, format);
  }

  private ItemSpec itemsOf(YamlNode node, Map<String, YamlNode> items, ListSpec.Format format) {
    String key = format == ListSpec.Format.HTML ? "select" : "path";
    String other = format == ListSpec.Format.HTML ? "path" : "select";
    if (items.containsKey(other)) {
      throw items
          .get(other)
          .error(
              "'"
                  + other
                  + "' is for "
                  + (format == ListSpec.Format.HTML ? "json" : "html")
                  + " lists; this list's format needs '"
                  + key
                  + "'");
    }
    YamlNode selectNode = require(node, items, key);
    String select = selectNode.text();
    if (format == ListSpec.Format.HTML) {
      selector(selectNode, select, true);
    } else {
      jsonPath(selectNode, select);
    }
    List<String> link = itemFields(require(node, items, "link"), format);
    List<String> title =
        items.containsKey("title") ? itemFields(items.get("title"), format) : List.of();
    List<String> date =
        items.containsKey("date") ? itemFields(items.get("date"), format) : List.of();
    String linkTemplate = null;
    if (items.containsKey("link-template")) {
      YamlNode templateNode = items.get("link-template");
      linkTemplate = templateNode.text();
      if (!linkTemplate.contains("{link}")
          || !(linkTemplate.startsWith("http://") || linkTemplate.startsWith("https://"))) {
        throw templateNode.error(
            "'"
                + linkTemplate
                + "' must be an absolute http(s) URL with {link} where the item's link value goes");
      }
    }
    return new ItemSpec(select, link, title, date, null, linkTemplate);
  }

  private List<String> itemFields(YamlNode node, ListSpec.Format format) {
    List<String> values = node.strings();
    for (String v : values) {
      if (format == ListSpec.Format.HTML) {
        selector(node, v, false);
      } else if (!v.contains("{")) {
        jsonPath(node, v);
      }
    }
    return values;
  }

  private DetailSelectors selectors(Map<String, YamlNode> detail) {
    Map<DetailField, List<FieldSelector>> map = new EnumMap<>(DetailField.class);
    for (Map.Entry<String, YamlNode> e : detail.entrySet()) {
      DetailField field = DetailField.ofKey(e.getKey()).orElse(null);
      if (field == null || e.getValue().isNull()) {
        continue;
      }
      List<FieldSelector> list = new ArrayList<>();
      for (String spec : e.getValue().strings()) {
        FieldSelector s = selector(e.getValue(), spec, false);
        if (field == DetailField.BODY
            || field == DetailField.TABLES
            || field == DetailField.ATTACHMENTS) {
          if (s.kind() != FieldSelector.Kind.CSS || spec.matches(".*@[A-Za-z-]+$")) {
            throw e.getValue()
                .error(
                    "'"
                        + spec
                        + "': "
                        + field.key()
                        + " takes plain CSS selectors (elements, not text)");
          }
        }
        list.add(s);
      }
      map.put(field, list);
    }
    Set<DetailField> required = DetailSelectors.DEFAULT_REQUIRED;
    YamlNode requiredNode = YamlNode.optional(detail, "required");
    if (requiredNode != null) {
      Set<DetailField> fields = new LinkedHashSet<>();
      for (String key : requiredNode.strings()) {
        fields.add(
            DetailField.ofKey(key)
                .orElseThrow(
                    () ->
                        requiredNode.error(
                            "unknown field '"
                                + key
                                + "'; fields: "
                                + String.join(
                                    ", ",
                                    java.util.Arrays.stream(DetailField.values())
                                        .map(DetailField::key)
                                        .toList()))));
      }
      required = fields;
    }
    YamlNode join = YamlNode.optional(detail, "join-issuers");
    return new DetailSelectors(map, required, join != null && join.bool());
  }

  private static FieldSelector selector(YamlNode node, String spec, boolean cssOnly) {
    try {
      FieldSelector s = FieldSelector.parse(spec);
      if (cssOnly && s.kind() != FieldSelector.Kind.CSS) {
        throw node.error("'" + spec + "': a plain CSS selector is needed here");
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw node.error("'" + spec + "': " + e.getMessage());
    }
  }

  private static String jsonPath(YamlNode node, String path) {
    for (String part : path.split("\\.", -1)) {
      if (!JSON_PATH.matcher(part).matches()) {
        throw node.error(
            "'"
                + path
                + "' is not a JSON path: write field names joined by dots, * for every element (a.*.b)");
      }
    }
    return path;
  }

  private static void compile(YamlNode node, String regex) {
    try {
      Pattern p = Pattern.compile(regex);
      if (p.matcher("").groupCount() < 1) {
        throw node.error("the pattern needs a group around the number, e.g. regex:size:\\s*(\\d+)");
      }
    } catch (PatternSyntaxException e) {
      throw node.error("not a valid regular expression: " + e.getDescription());
    }
  }

  private static void placeholders(YamlNode node, String template, Set<String> named) {
    Matcher m = RequestTemplate.PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!BUILT_IN.contains(m.group(1)) && !named.contains(m.group(1))) {
        throw node.error(
            "unknown placeholder {"
                + m.group(1)
                + "}; known: {page}, {index}, {term}"
                + (named.isEmpty()
                    ? ""
                    : ", and from discover.values: {" + String.join("}, {", named) + "}"));
      }
    }
  }

  private static Map<String, String> stringMap(@Nullable YamlNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    for (Map.Entry<String, YamlNode> e : node.mapping(Set.of()).entrySet()) {
      out.put(e.getKey(), e.getValue().isNull() ? "" : scalarOrEmpty(e.getValue()));
    }
    return out;
  }

  private static String scalarOrEmpty(YamlNode node) {
    try {
      return node.text();
    } catch (DefinitionException blank) {
      return "";
    }
  }

  private static YamlNode require(YamlNode parent, Map<String, YamlNode> entries, String key) {
    YamlNode value = entries.get(key);
    if (value == null || value.isNull()) {
      String where = parent.path().isEmpty() ? key : parent.path() + "." + key;
      throw parent.error(where + " is missing; see crawlers/_reference.yml");
    }
    return value;
  }

  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
