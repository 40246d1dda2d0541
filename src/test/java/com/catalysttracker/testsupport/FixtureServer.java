package com.catalysttracker.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Serves one offline site copy ({@code src/test/resources/sites/<source>/}) over real HTTP on
 * 127.0.0.1, answering exactly as {@code serve.py} of the shared fixtures does (routes.json
 * first match on method, host, path, query, form, JSON or raw body; then the static file under
 * {@code site/<host>/<path>}; 404 when missing), at {@code http://127.0.0.1:PORT/<host>/<path>}.
 *
 * <p>On top of that, for tests: every request is recorded; a path's answer can be overridden
 * with a sequence of {@link Answer}s (the last one repeats); and ETag / Last-Modified with 304
 * answers can be switched on for fixture files. Use as {@code try (var server =
 * FixtureServer.start("ccgp")) { … }}.
 */
@SuppressForbidden(
    reason = "com.sun.net.httpserver is the JDK's supported, exported (jdk.httpserver) HTTP server; "
        + "jdk-non-portable flags every com.sun package. Test code only; Spring Boot brings Tomcat, not a light server.")
public final class FixtureServer implements AutoCloseable {

  // serve.py's json.loads refuses trailing data ("12 ab"), so the body then counts as a form.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path root;
  private final String scheme;
  private final List<Route> routes;
  private final HttpServer http;
  private final ExecutorService workers;
  private final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> overrides = new ConcurrentHashMap<>();
  private volatile boolean conditionalGet;

  private FixtureServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    Path routesFile = this.root.resolve("routes.json");
    JsonNode spec;
    try {
      spec = JSON.readTree(Files.readString(routesFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IOException("Cannot read " + routesFile + ": every fixture folder needs a routes.json (see FORMAT.md)", e);
    }
    this.scheme = spec.path("scheme").asText("https");
    List<Route> loaded = new ArrayList<>();
    for (JsonNode r : spec.path("routes")) {
      loaded.add(Route.of(r, routesFile));
    }
    this.routes = List.copyOf(loaded);
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread t = new Thread(task, "fixture-server");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(workers);
    http.createContext("/", this::handle);
    http.start();
  }

  /** Serves {@code src/test/resources/sites/<source>/} (found on the test class path). */
  public static FixtureServer start(String source) {
    return start(fixtureDir(source));
  }

  /** Serves any folder laid out as FORMAT.md describes. */
  public static FixtureServer start(Path fixtureDir) {
    try {
      return new FixtureServer(fixtureDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of a source's offline copy: from the test class path, else the source tree. */
  public static Path fixtureDir(String source) {
    URL onClassPath = FixtureServer.class.getResource("/sites/" + source + "/routes.json");
    if (onClassPath != null && "file".equals(onClassPath.getProtocol())) {
      try {
        return Path.of(onClassPath.toURI()).getParent();
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Unusable class path entry " + onClassPath, e);
      }
    }
    Path inTree = Path.of("src", "test", "resources", "sites", source);
    if (Files.isRegularFile(inTree.resolve("routes.json"))) {
      return inTree;
    }
    throw new IllegalArgumentException(
        "No offline copy for source '" + source + "': expected src/test/resources/sites/" + source + "/routes.json");
  }

  /** {@code http://127.0.0.1:PORT}: what a crawler gets as {@code --base-url}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  /** The real site's scheme from routes.json ({@code https} unless the site is http-only). */
  public String scheme() {
    return scheme;
  }

  /** The local address of a real URL: {@code https://h/p?q} becomes {@code http://127.0.0.1:PORT/h/p?q}. */
  public URI local(String realUrl) {
    URI real = URI.create(realUrl);
    String query = real.getRawQuery() == null ? "" : "?" + real.getRawQuery();
    String path = real.getRawPath() == null || real.getRawPath().isEmpty() ? "/" : real.getRawPath();
    return URI.create(baseUrl() + "/" + real.getRawAuthority() + path + query);
  }

  /**
   * Answers requests for {@code host} + {@code path} (any method, any query) with these answers
   * in turn; the last one keeps answering. Replaces an earlier override of the same path.
   */
  public void answer(String host, String path, Answer first, Answer... then) {
    Deque<Answer> queue = new ArrayDeque<>();
    queue.add(first);
    queue.addAll(List.of(then));
    overrides.put(host + path, queue);
  }

  /** Sends ETag and Last-Modified with fixture files and answers 304 when they match (off by default, as serve.py). */
  public void conditionalGet(boolean enabled) {
    this.conditionalGet = enabled;
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(recorded);
  }

  /** The requests received for one real host and path (any query). */
  public List<RecordedRequest> requests(String host, String path) {
    return recorded.stream().filter(r -> r.host().equals(host) && r.path().equals(path)).toList();
  }

  public void clearRequests() {
    recorded.clear();
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Instant received = Instant.now();
      String method = exchange.getRequestMethod();
      URI uri = exchange.getRequestURI();
      String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
      String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
      // serve.py: parts.path.lstrip("/").split("/", 1)
      String stripped = rawPath.replaceFirst("^/+", "");
      int slash = stripped.indexOf('/');
      String host = slash < 0 ? stripped : stripped.substring(0, slash);
      String path = slash < 0 ? "/" : stripped.substring(slash);
      byte[] body = readBody(exchange.getRequestBody());
      recorded.add(new RecordedRequest(method, host, path, rawQuery, lowerCased(exchange.getRequestHeaders()), body, received));

      Answer answer = nextOverride(host + path);
      if (answer != null && !answer.delay().isZero()) {
        try {
          Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (answer != null && answer.body() != null) {
        int status = answer.status() == null ? 200 : answer.status();
        send(exchange, status, answer.contentType(), answer.headers(), answer.body(), answer.gzip(), answer.cutAfter());
        return;
      }
      if (!method.equals("GET") && !method.equals("POST")) {
        // http.server answers methods it has no do_X for with 501.
        send(exchange, 501, null, Map.of(), new byte[0], false, null);
        return;
      }
      Resolved resolved = resolve(method, host, path, rawQuery, method.equals("POST") ? body : new byte[0]);
      if (resolved.file() == null || !Files.isRegularFile(resolved.file())) {
        send(exchange, 404, null, Map.of(), new byte[0], false, null);
        return;
      }
      byte[] data = Files.readAllBytes(resolved.file());
      Map<String, String> headers = new LinkedHashMap<>(resolved.headers());
      int status = resolved.status();
      String contentType = resolved.contentType();
      boolean gzip = false;
      if (answer != null) {
        data = answer.transcode(data);
        status = answer.status() == null ? status : answer.status();
        contentType = answer.contentType() == null ? contentType : answer.contentType();
        headers.putAll(answer.headers());
        gzip = answer.gzip();
      }
      if (conditionalGet && status == 200) {
        String etag = "\"" + sha256(data).substring(0, 16) + "\"";
        Instant modified = Files.getLastModifiedTime(resolved.file()).toInstant().truncatedTo(ChronoUnit.SECONDS);
        headers.put("ETag", etag);
        headers.put("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        if (notModified(exchange.getRequestHeaders(), etag, modified)) {
          headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          exchange.sendResponseHeaders(304, -1);
          return;
        }
      }
      send(exchange, status, contentType, headers, data, gzip, answer == null ? null : answer.cutAfter());
    }
  }

  private @Nullable Answer nextOverride(String key) {
    Deque<Answer> queue = overrides.get(key);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
    }
  }

  private Resolved resolve(String method, String host, String path, String rawQuery, byte[] body) {
    Map<String, String> query = PythonForms.parseQs(rawQuery, true);
    Map<String, String> form = Map.of();
    Map<String, String> json = Map.of();
    if (body.length > 0) {
      JsonNode parsed = PythonForms.jsonOrNull(body);
      if (parsed == null) {
        form = PythonForms.parseQs(new String(body, StandardCharsets.UTF_8), false);
      } else if (parsed.isObject()) {
        Map<String, String> flat = new LinkedHashMap<>();
        parsed.properties().forEach(e -> flat.put(e.getKey(), PythonForms.str(e.getValue())));
        json = flat;
      }
    }
    String bodyText = PythonForms.stripQuotes(new String(body, StandardCharsets.UTF_8).strip());
    for (Route r : routes) {
      if (r.method().equals(method)
          && r.host().equals(host)
          && r.path().equals(path)
          && matches(r.query(), query)
          && matches(r.form(), form)
          && matches(r.json(), json)
          && (r.body() == null || r.body().equals(bodyText))) {
        return new Resolved(root.resolve(r.file()), r.status(), r.contentType(), r.headers());
      }
    }
    String rel = path + (path.endsWith("/") ? "index.html" : "");
    Path file = root.resolve("site").resolve(host + PythonForms.unquote(rel)).normalize();
    if (!file.startsWith(root.resolve("site"))) {
      return new Resolved(null, 404, null, Map.of());
    }
    return new Resolved(file, 200, PythonForms.guessType(file.getFileName().toString()), Map.of());
  }

  private static boolean matches(Map<String, String> want, Map<String, String> got) {
    return want.entrySet().stream().allMatch(e -> e.getValue().equals(got.get(e.getKey())));
  }

  private static boolean notModified(Headers request, String etag, Instant modified) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip().replaceFirst("^W/", "");
        if (t.equals(etag) || t.equals("*")) {
          return true;
        }
      }
      return false;
    }
    String ifModifiedSince = request.getFirst("If-Modified-Since");
    if (ifModifiedSince != null) {
      try {
        Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !modified.isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private static void send(
      HttpExchange exchange, int status, @Nullable String contentType, Map<String, String> headers, byte[] data, boolean gzip,
      @Nullable Integer cutAfter)
      throws IOException {
    Headers out = exchange.getResponseHeaders();
    if (contentType != null) {
      out.set("Content-Type", contentType);
    }
    headers.forEach(out::add);
    byte[] payload = data;
    if (gzip) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (GZIPOutputStream zip = new GZIPOutputStream(buffer)) {
        zip.write(data);
      }
      payload = buffer.toByteArray();
      out.set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(status, payload.length == 0 ? -1 : payload.length);
    if (cutAfter != null && cutAfter < payload.length) {
      OutputStream body = exchange.getResponseBody();
      body.write(payload, 0, cutAfter);
      body.flush();
      // Closing with bytes missing makes the server drop the connection: the client sees a reset mid-body.
      return;
    }
    if (payload.length > 0) {
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(payload);
      }
    }
  }

  private static byte[] readBody(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static Map<String, List<String>> lowerCased(Headers headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((k, v) -> copy.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    copy.replaceAll((k, v) -> List.copyOf(v));
    return copy;
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK ships SHA-256", e);
    }
  }

  private record Resolved(@Nullable Path file, int status, @Nullable String contentType, Map<String, String> headers) {}

  private record Route(
      String method,
      String host,
      String path,
      Map<String, String> query,
      Map<String, String> form,
      Map<String, String> json,
      @Nullable String body,
      String file,
      int status,
      @Nullable String contentType,
      Map<String, String> headers) {

    static Route of(JsonNode r, Path routesFile) {
      if (!r.hasNonNull("host") || !r.hasNonNull("path") || !r.hasNonNull("file")) {
        throw new IllegalArgumentException(routesFile + ": route " + r + " lacks host, path or file");
      }
      return new Route(
          r.path("method").asText("GET"),
          r.get("host").asText(),
          r.get("path").asText(),
          strings(r.get("query")),
          strings(r.get("form")),
          strings(r.get("json")),
          r.hasNonNull("body") ? r.get("body").asText() : null,
          r.get("file").asText(),
          r.path("status").asInt(200),
          r.hasNonNull("content_type") ? r.get("content_type").asText() : null,
          plainStrings(r.get("headers")));
    }

    /** Wanted values compare as Python's str(v), as serve.py does. */
    private static Map<String, String> strings(@Nullable JsonNode node) {
      Map<String, String> map = new LinkedHashMap<>();
      if (node != null && node.isObject()) {
        node.properties().forEach(e -> map.put(e.getKey(), PythonForms.str(e.getValue())));
      }
      return Map.copyOf(map);
    }

    private static Map<String, String> plainStrings(@Nullable JsonNode node) {
      Map<String, String> map = new LinkedHashMap<>();
      if (node != null && node.isObject()) {
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
      }
      return map;
    }
  }

  /** Small re-implementations of the Python library calls serve.py relies on, so matching agrees. */
  static final class PythonForms {
    private PythonForms() {}

    /** urllib.parse.parse_qs, first value per key; keepBlank as its keep_blank_values. */
    static Map<String, String> parseQs(String qs, boolean keepBlank) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String pair : qs.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq < 0 && !keepBlank) {
          continue;
        }
        String key = unquotePlus(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : unquotePlus(pair.substring(eq + 1));
        if (value.isEmpty() && !keepBlank) {
          continue;
        }
        out.putIfAbsent(key, value);
      }
      return out;
    }

    static String unquotePlus(String s) {
      return unquote(s.replace('+', ' '));
    }

    /** urllib.parse.unquote: percent-escapes as UTF-8, '+' left alone, malformed escapes kept. */
    static String unquote(String s) {
      if (s.indexOf('%') < 0) {
        return s;
      }
      try {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return s;
      }
    }

    static @Nullable JsonNode jsonOrNull(byte[] body) {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return null;
      }
    }

    /** Python's str() of a parsed JSON value, for the scalar cases routes use. */
    static String str(JsonNode v) {
      if (v.isTextual()) {
        return v.asText();
      }
      if (v.isBoolean()) {
        return v.asBoolean() ? "True" : "False";
      }
      if (v.isNull()) {
        return "None";
      }
      if (v.isIntegralNumber()) {
        return v.bigIntegerValue().toString();
      }
      if (v.isNumber()) {
        double d = v.asDouble();
        return d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
      }
      return v.toString();
    }

    /** str.strip('"'): every surrounding double quote goes. */
    static String stripQuotes(String s) {
      int start = 0;
      int end = s.length();
      while (start < end && s.charAt(start) == '"') {
        start++;
      }
      while (end > start && s.charAt(end - 1) == '"') {
        end--;
      }
      return s.substring(start, end);
    }

    /** mimetypes.guess_type as Python 3.11 answers on Debian for the extensions fixtures use. */
    static String guessType(String fileName) {
      int dot = fileName.lastIndexOf('.');
      String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      return switch (ext) {
        case "htm", "html", "shtml" -> "text/html";
        case "json" -> "application/json";
        case "js" -> "text/javascript";
        case "css" -> "text/css";
        case "txt" -> "text/plain";
        case "csv" -> "text/csv";
        case "xml" -> "application/xml";
        case "pdf" -> "application/pdf";
        case "zip" -> "application/zip";
        case "doc" -> "application/msword";
        case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case "xls" -> "application/vnd.ms-excel";
        case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case "wps" -> "application/vnd.ms-works";
        case "png" -> "image/png";
        case "jpg", "jpeg" -> "image/jpeg";
        case "gif" -> "image/gif";
        case "svg" -> "image/svg+xml";
        default -> "application/octet-stream";
      };
    }
  }
}
