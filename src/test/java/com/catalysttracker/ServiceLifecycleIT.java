package com.catalysttracker;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.testsupport.Http;
import com.catalysttracker.testsupport.TestDocuments;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as a user runs it: started twice, stopped with SIGTERM, killed with SIGKILL
 * and started again. No indexed document is lost and no Elasticsearch is left behind.
 */
class ServiceLifecycleIT {
  private static final int ES_PORT = 9280;
  private static final int ES_TRANSPORT_PORT = 9380;
  private static final Path DATA_DIR =
      Path.of(System.getProperty("java.io.tmpdir"), "catalyst-it-service-lifecycle");
  private static final Path JAR = Path.of("target/catalyst.jar").toAbsolutePath();

  private final List<Process> services = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    services.forEach(Process::destroyForcibly);
    nodePid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void restartsLoseNoDocumentAndLeaveNoOrphanNode() throws Exception {
    // Documents from an earlier run would skew the count; the unpacked distribution is kept.
    org.springframework.util.FileSystemUtils.deleteRecursively(
        DATA_DIR.resolve("elasticsearch/data"));
    // Two services started at the same moment: one starts the node, the other waits for it and
    // reuses it (the start lock), instead of both launching a node on one data directory.
    Process first = startService("first");
    Process second = startService("second");
    awaitHealthy(first);
    awaitHealthy(second);
    long nodePid = nodePid().orElseThrow();
    boolean firstStarted = log("first").contains("Starting Elasticsearch");
    Process starter = firstStarted ? first : second;
    Process reuser = firstStarted ? second : first;
    assertThat(log(firstStarted ? "second" : "first"))
        .contains("Reusing the embedded Elasticsearch");
    assertThat(log(firstStarted ? "second" : "first")).doesNotContain("Starting Elasticsearch");

    var document = TestDocuments.policy("lifecycle", "关于低空经济的通知", "低空经济。");
    try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", ES_PORT)).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(
              new RestClientTransport(rest, new JacksonJsonpMapper(DocumentJson.mapper())));
      client.index(
          i ->
              i.index("documents")
                  .id(document.id())
                  .document(document)
                  .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }

    // SIGTERM on the instance that reused the node leaves it running.
    stop(reuser);
    assertThat(alive(nodePid)).isTrue();

    // SIGTERM on the instance that started the node stops the node too.
    stop(starter);
    assertThat(awaitDeath(nodePid)).as("no orphan Elasticsearch after SIGTERM").isTrue();

    // Started again: the document is still there.
    Process third = startService("third");
    awaitHealthy(third);
    assertThat(documentCount()).isEqualTo(1);
    long thirdNode = nodePid().orElseThrow();

    // A crash (SIGKILL) leaves the node running; the next start adopts it and stops it on exit.
    third.destroyForcibly().waitFor();
    assertThat(alive(thirdNode)).isTrue();
    Process fourth = startService("fourth");
    awaitHealthy(fourth);
    assertThat(log("fourth")).contains("its starter is gone");
    assertThat(documentCount()).isEqualTo(1);
    stop(fourth);
    assertThat(awaitDeath(thirdNode))
        .as("no orphan Elasticsearch after a crash and restart")
        .isTrue();
  }

  private Process startService(String name) throws IOException {
    int port = freePort();
    Files.createDirectories(DATA_DIR);
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=UTF-8",
            "-Dcatalyst.home=" + Path.of("").toAbsolutePath(),
            "-jar",
            JAR.toString(),
            "serve",
            "--port=" + port,
            "--data-dir=" + DATA_DIR,
            "--set=catalyst.elasticsearch.embedded.http-port=" + ES_PORT,
            "--set=catalyst.elasticsearch.embedded.transport-port=" + ES_TRANSPORT_PORT,
            "--set=catalyst.elasticsearch.embedded.distribution="
                + TestElasticsearch.distribution());
    builder.redirectErrorStream(true);
    builder.redirectOutput(logFile(name).toFile());
    Process process = builder.start();
    services.add(process);
    ports.put(process, port);
    return process;
  }

  private final java.util.Map<Process, Integer> ports = new java.util.HashMap<>();

  /**
   * Generous: on a shared 2-core machine at load 15 one start has taken over 3 minutes (the
   * start-up figure is measured apart).
   */
  private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(6);

  private void awaitHealthy(Process process) throws Exception {
    Instant deadline = Instant.now().plus(HEALTHY_WITHIN);
    String url = "http://127.0.0.1:" + ports.get(process) + "/actuator/health";
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive())
          .as("service exited early; see target/service-lifecycle-*.log")
          .isTrue();
      try {
        var response = Http.get(url);
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "service not healthy within "
            + HEALTHY_WITHIN.toMinutes()
            + " minutes at "
            + url
            + "; see target/service-lifecycle-*.log");
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy(); // SIGTERM, as systemd or Ctrl-C would
    assertThat(
            process.waitFor(
                Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
        .as("service stops within 60 s of SIGTERM")
        .isTrue();
  }

  private static long documentCount() throws IOException {
    try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", ES_PORT)).build()) {
      ElasticsearchClient client =
          new ElasticsearchClient(
              new RestClientTransport(rest, new JacksonJsonpMapper(DocumentJson.mapper())));
      return client.count(c -> c.index("documents")).count();
    }
  }

  private static Optional<Long> nodePid() {
    try {
      return Optional.of(
          Long.parseLong(
              Files.readString(
                      DATA_DIR.resolve("elasticsearch/elasticsearch.pid"), StandardCharsets.UTF_8)
                  .trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean awaitDeath(long pid) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (alive(pid) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    return !alive(pid);
  }

  private static Path logFile(String name) {
    return Path.of("target", "service-lifecycle-" + name + ".log").toAbsolutePath();
  }

  private static String log(String name) throws IOException {
    return Files.readString(logFile(name), StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
