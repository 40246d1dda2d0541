package com.catalysttracker.crawl;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One URL to fetch, always the real site's address (the fetcher applies {@code --base-url}). Build
 * with {@link #get}, {@link #postForm}, {@link #postJson} or {@link #postBody}, then add headers or
 * validators with the {@code with…} methods.
 *
 * @param url the real URL
 * @param method GET or POST
 * @param headers extra request headers, e.g. Referer or X-Requested-With
 * @param form form fields for a POST, in the order sent (empty otherwise)
 * @param body raw POST body (JSON or a bare value); null for GET and form posts
 * @param bodyContentType Content-Type of {@code body}
 * @param validators ETag / Last-Modified of an earlier fetch, sent as a conditional GET; null for
 *     an unconditional request
 */
public record FetchRequest(
    URI url,
    Method method,
    Map<String, String> headers,
    Map<String, String> form,
    @Nullable String body,
    @Nullable String bodyContentType,
    @Nullable FetchValidators validators) {

  public enum Method {
    GET,
    POST
  }

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(method, "method");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    // Order kept: some list APIs are picky, and tests compare bodies.
    form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    if (method == Method.GET && (!form.isEmpty() || body != null)) {
      throw new IllegalArgumentException(
          "A GET of " + url + " cannot carry a form or body; put parameters in the query");
    }
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, Method.GET, Map.of(), Map.of(), null, null, null);
  }

  public static FetchRequest get(String url) {
    return get(URI.create(url));
  }

  /** POST {@code application/x-www-form-urlencoded; charset=UTF-8} with the fields in map order. */
  public static FetchRequest postForm(URI url, Map<String, String> fields) {
    return new FetchRequest(url, Method.POST, Map.of(), fields, null, null, null);
  }

  /** POST a JSON document as {@code application/json;charset=UTF-8}. */
  public static FetchRequest postJson(URI url, String json) {
    return postBody(url, json, "application/json;charset=UTF-8");
  }

  /** POST any body, e.g. a bare notice id some APIs expect. */
  public static FetchRequest postBody(URI url, String body, String contentType) {
    return new FetchRequest(url, Method.POST, Map.of(), Map.of(), body, contentType, null);
  }

  public FetchRequest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new FetchRequest(url, method, more, form, body, bodyContentType, validators);
  }

  /** Referer as the site's own pages send it (real URL; some APIs check it). */
  public FetchRequest withReferer(URI referer) {
    return withHeader("Referer", referer.toString());
  }

  /** Makes this a conditional request with the validators of an earlier result. */
  public FetchRequest withValidators(@Nullable FetchValidators previous) {
    return new FetchRequest(url, method, headers, form, body, bodyContentType, previous);
  }
}
