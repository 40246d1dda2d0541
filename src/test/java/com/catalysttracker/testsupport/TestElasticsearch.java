package com.catalysttracker.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.elasticsearch.EmbeddedElasticsearch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real embedded Elasticsearch per test JVM: started on first use, reused if a previous run left
 * it running, stopped when the JVM exits. Test classes keep apart by index prefix.
 */
public final class TestElasticsearch {
  /**
   * Ports apart from the service defaults, so tests never touch a developer's own data. Several
   * checkouts testing at once on one machine each pass their own {@code
   * -Dcatalyst.test.elasticsearch.port=N} (transport N+100, data under catalyst-it-N).
   */
  public static final int HTTP_PORT = Integer.getInteger("catalyst.test.elasticsearch.port", 9260);

  public static final int TRANSPORT_PORT = HTTP_PORT + 100;

  private static EmbeddedElasticsearch node;
  private static ElasticsearchClient client;

  private TestElasticsearch() {}

  /** The data directory of the shared test node (outside /root, which its account cannot enter). */
  public static Path dataDir() {
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        HTTP_PORT == 9260 ? "catalyst-it" : "catalyst-it-" + HTTP_PORT);
  }

  /** The Elasticsearch zip the build downloaded (surefire/failsafe pass its path). */
  public static Path distribution() {
    String path = System.getProperty("catalyst.test.elasticsearch.distribution");
    if (path == null) {
      throw new IllegalStateException(
          "catalyst.test.elasticsearch.distribution is not set: run the tests through Maven");
    }
    return Path.of(path);
  }

  public static EmbeddedElasticsearch.Settings settings(
      Path dataDir, int httpPort, int transportPort) {
    return new EmbeddedElasticsearch.Settings(
        dataDir,
        distribution(),
        versionOf(distribution()),
        httpPort,
        transportPort,
        512,
        Duration.ofSeconds(180),
        "nobody",
        Path.of(System.getProperty("java.home")));
  }

  private static String versionOf(Path zip) {
    String name = zip.getFileName().toString();
    return name.substring("elasticsearch-".length(), name.length() - ".zip".length());
  }

  public static synchronized EmbeddedElasticsearch global() {
    if (node == null) {
      node =
          EmbeddedElasticsearch.startOrReuse(
              settings(dataDir(), HTTP_PORT, TRANSPORT_PORT), System.out::println);
      Runtime.getRuntime().addShutdownHook(new Thread(node::close, "stop-test-elasticsearch"));
    }
    return node;
  }

  /** A client on the shared node, mapping JSON the way the application does. */
  public static synchronized ElasticsearchClient client() {
    if (client == null) {
      RestClient rest = RestClient.builder(HttpHost.create(global().httpUri().toString())).build();
      client =
          new ElasticsearchClient(
              new RestClientTransport(rest, new JacksonJsonpMapper(DocumentJson.mapper())));
    }
    return client;
  }

  /**
   * Deletes every index whose name starts with {@code prefix}, so a test class starts from empty
   * indices: the test node keeps its data between runs. Indices are named one by one, because the
   * node refuses wildcard deletes (action.destructive_requires_name).
   */
  public static void deleteIndices(String prefix) {
    try {
      var indices =
          client().indices().get(g -> g.index(prefix + "*").allowNoIndices(true)).result().keySet();
      for (String index : indices) {
        client().indices().delete(d -> d.index(index));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final java.util.Set<Class<?>> EMPTIED = new java.util.HashSet<>();

  /**
   * An index prefix unique to a test class, whose indices are deleted the first time a JVM asks for
   * it: the test node keeps its data between runs, and a class must start from empty indices (a
   * crawl that finds last run's seen-state reports nothing new).
   */
  public static synchronized String prefixFor(Class<?> testClass) {
    String prefix = testClass.getSimpleName().toLowerCase(Locale.ROOT) + "-";
    if (EMPTIED.add(testClass)) {
      deleteIndices(prefix);
    }
    return prefix;
  }

  /**
   * Points a Spring test context at the shared node in embedded mode: the application finds it
   * running for the same data directory and reuses it, as it would a node another command started.
   */
  public static void register(DynamicPropertyRegistry registry, Class<?> testClass) {
    global();
    registry.add("catalyst.data-dir", () -> dataDir().toString());
    registry.add("catalyst.elasticsearch.mode", () -> "embedded");
    registry.add("catalyst.elasticsearch.embedded.http-port", () -> HTTP_PORT);
    registry.add("catalyst.elasticsearch.embedded.transport-port", () -> TRANSPORT_PORT);
    registry.add("catalyst.elasticsearch.embedded.distribution", () -> distribution().toString());
    registry.add("catalyst.elasticsearch.index-prefix", () -> prefixFor(testClass));
    // Tests schedule no crawls of the real sites; CrawlScheduleIT switches it on for fixtures.
    registry.add("catalyst.crawl.schedule", () -> "false");
  }
}
