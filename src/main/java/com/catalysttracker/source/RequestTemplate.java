package com.catalysttracker.source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A list request with placeholders: {@code {page}} (1-based page number), {@code {index}} ({@code
 * page - 1}, for sites whose page 2 is {@code index_1.htm}) and {@code {term}} (a search term; a
 * list using it is requested once per term). In a URL the term is percent-encoded as UTF-8, in a
 * JSON body escaped as a JSON string, in a form sent as is.
 *
 * @param method GET or POST
 * @param url absolute URL on one of the source's hosts
 * @param json a JSON body for POST (sent as {@code application/json;charset=UTF-8}), or null
 * @param form form fields for POST, in order; empty for none
 * @param headers extra request headers (Referer, X-Requested-With)
 */
public record RequestTemplate(
    Method method,
    String url,
    @Nullable String json,
    Map<String, String> form,
    Map<String, String> headers) {

  /** HTTP method of a list request. */
  public enum Method {
    GET,
    POST
  }

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  public RequestTemplate {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    form = Map.copyOf(new LinkedHashMap<>(form));
    headers = Map.copyOf(headers);
  }

  public boolean usesTerm() {
    return url.contains("{term}")
        || (json != null && json.contains("{term}"))
        || form.values().stream().anyMatch(v -> v.contains("{term}"));
  }

  public boolean usesPage() {
    return url.contains("{page}")
        || url.contains("{index}")
        || (json != null && (json.contains("{page}") || json.contains("{index}")))
        || form.values().stream().anyMatch(v -> v.contains("{page}") || v.contains("{index}"));
  }

  /**
   * This request with discovered values ({@code {sid}}, {@code {category}}) filled in:
   * percent-encoded in the URL, JSON-escaped in a JSON body, as is in form fields and headers.
   */
  public RequestTemplate withValues(Map<String, String> values) {
    Map<String, String> f = new LinkedHashMap<>();
    form.forEach((k, v) -> f.put(k, named(v, values, s -> s)));
    Map<String, String> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k, named(v, values, s -> s)));
    return new RequestTemplate(
        method,
        named(url, values, s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")),
        json == null ? null : named(json, values, RequestTemplate::jsonEscape),
        f,
        h);
  }

  private static String named(
      String template,
      Map<String, String> values,
      java.util.function.UnaryOperator<String> escape) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(
          sb, Matcher.quoteReplacement(value == null ? m.group() : escape.apply(value)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  public String url(int page, @Nullable String term) {
    return fill(
        url,
        page,
        term == null ? null : URLEncoder.encode(term, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  public @Nullable String json(int page, @Nullable String term) {
    return json == null ? null : fill(json, page, term == null ? null : jsonEscape(term));
  }

  public Map<String, String> form(int page, @Nullable String term) {
    Map<String, String> out = new LinkedHashMap<>();
    form.forEach((k, v) -> out.put(k, fill(v, page, term)));
    return out;
  }

  static String fill(String template, int page, @Nullable String term) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "page" -> Integer.toString(page);
            case "index" -> Integer.toString(page - 1);
            case "term" -> term == null ? "" : term;
            default -> m.group();
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
