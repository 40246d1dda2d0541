package com.catalysttracker.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Elasticsearch distribution from Maven Central as a child process bound to loopback.
 *
 * <p>One node per data directory. A node already running for the same data directory (started by
 * another command, a test JVM or a crashed run) is reused instead of started twice. The instance
 * that started a node stops it on {@link #close()}; one that reused a node whose starter is gone
 * adopts it, so a crash never leaves an orphan for long.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** Everything needed to run one node. */
  public record Settings(
      Path dataDir,
      @Nullable Path distributionZip,
      String version,
      int httpPort,
      int transportPort,
      long heapMegabytes,
      Duration startupTimeout,
      String runAs,
      Path javaHome) {}

  private final Settings settings;
  private final NodeInstallation.Layout layout;
  private final boolean owner;

  private EmbeddedElasticsearch(Settings settings, NodeInstallation.Layout layout, boolean owner) {
    this.settings = settings;
    this.layout = layout;
    this.owner = owner;
  }

  /** The REST address of the node, e.g. {@code http://127.0.0.1:9250}. */
  public URI httpUri() {
    return URI.create("http://127.0.0.1:" + settings.httpPort());
  }

  /** The node's console output (its own logs are beside it). */
  public Path logFile() {
    return layout.consoleLog();
  }

  /** Whether this instance will stop the node on {@link #close()}. */
  public boolean ownsNode() {
    return owner;
  }

  /** The cluster name that marks a node as belonging to this data directory. */
  static String clusterName(Path dataDir) {
    return "catalyst-" + Integer.toHexString(dataDir.toAbsolutePath().normalize().hashCode());
  }

  /**
   * Starts a node for {@code settings.dataDir()}, or reuses the one already running there.
   *
   * @param progress receives one line per step and a heartbeat while waiting
   * @throws EmbeddedElasticsearchException with what went wrong and how to fix it
   */
  public static EmbeddedElasticsearch startOrReuse(Settings settings, Consumer<String> progress) {
    NodeInstallation.Layout layout =
        new NodeInstallation.Layout(
            settings.dataDir().resolve("elasticsearch"), settings.version());
    // Two processes starting at once (a crawl and the service, two test JVMs) must not both
    // launch a node on one data directory: the second waits, then finds the first one's node.
    synchronized (EmbeddedElasticsearch.class) {
      try (StartLock lock = StartLock.acquire(settings, layout, progress)) {
        return startOrReuseLocked(settings, layout, progress);
      }
    }
  }

  private static EmbeddedElasticsearch startOrReuseLocked(
      Settings settings, NodeInstallation.Layout layout, Consumer<String> progress) {
    String clusterName = clusterName(settings.dataDir());
    URI uri = URI.create("http://127.0.0.1:" + settings.httpPort());

    Optional<String> answering = probeClusterName(uri);
    if (answering.isEmpty()) {
      answering = awaitLiveNode(settings, layout, uri, clusterName, progress);
    }
    if (answering.isPresent()) {
      if (!answering.get().equals(clusterName)) {
        throw new EmbeddedElasticsearchException(
            "Port "
                + settings.httpPort()
                + " is taken by another Elasticsearch (cluster '"
                + answering.get()
                + "'), not the one for data directory "
                + settings.dataDir()
                + ". Stop it, choose another port with catalyst.elasticsearch.embedded.http-port,"
                + " or use it with catalyst.elasticsearch.mode=external.");
      }
      boolean adopt = !ownerAlive(layout);
      if (adopt) {
        writeOwner(layout);
      }
      progress.accept(
          "Reusing the embedded Elasticsearch already running on "
              + uri
              + (adopt ? " (its starter is gone; this process will stop it)" : "")
              + "; log: "
              + layout.consoleLog());
      return new EmbeddedElasticsearch(settings, layout, adopt);
    }
    stopLeftoverNode(layout, progress);
    if (portInUse(settings.httpPort())) {
      throw new EmbeddedElasticsearchException(
          "Port "
              + settings.httpPort()
              + " on 127.0.0.1 is in use by a program that is not Elasticsearch. Free it or set"
              + " catalyst.elasticsearch.embedded.http-port to a free port.");
    }
    if (portInUse(settings.transportPort())) {
      throw new EmbeddedElasticsearchException(
          "Port "
              + settings.transportPort()
              + " on 127.0.0.1 (Elasticsearch transport) is in use. Free it or set"
              + " catalyst.elasticsearch.embedded.transport-port to a free port.");
    }

    NodeInstallation.checkJava(settings.javaHome());
    boolean dropPrivileges = com.catalysttracker.config.CatalystProperties.runningAsRoot();
    NodeInstallation.prepareDirectories(settings, layout, dropPrivileges);
    NodeInstallation.unpackIfNeeded(settings, layout, progress);
    if (dropPrivileges) {
      NodeInstallation.handOver(layout, settings.runAs());
    }

    Process process = launch(settings, layout, clusterName, dropPrivileges, progress);
    writeOwner(layout);
    EmbeddedElasticsearch node = new EmbeddedElasticsearch(settings, layout, true);
    try {
      node.awaitReady(process, clusterName, progress);
    } catch (RuntimeException e) {
      node.stopNode(process.toHandle());
      throw e;
    }
    return node;
  }

  private void awaitReady(Process process, String clusterName, Consumer<String> progress) {
    Instant started = Instant.now();
    Instant deadline = started.plus(settings.startupTimeout());
    Instant nextHeartbeat = started.plusSeconds(5);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new EmbeddedElasticsearchException(explainEarlyExit(process.exitValue()));
      }
      Optional<String> name = probeClusterName(httpUri());
      if (name.isPresent() && name.get().equals(clusterName)) {
        progress.accept(
            String.format(
                Locale.ROOT,
                "Elasticsearch is up on %s after %.1f s",
                httpUri(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0));
        return;
      }
      if (Instant.now().isAfter(nextHeartbeat)) {
        progress.accept(
            "  still starting ("
                + Duration.between(started, Instant.now()).toSeconds()
                + " s); log: "
                + layout.consoleLog());
        nextHeartbeat = Instant.now().plusSeconds(5);
      }
      sleep(Duration.ofMillis(250));
    }
    throw new EmbeddedElasticsearchException(
        "Elasticsearch did not answer on "
            + httpUri()
            + " within "
            + settings.startupTimeout().toSeconds()
            + " s. Read "
            + layout.consoleLog()
            + " for the cause; on a slow machine raise"
            + " catalyst.elasticsearch.embedded.startup-timeout.\n"
            + tail(layout.consoleLog(), 15));
  }

  private String explainEarlyExit(int exitCode) {
    String tail = tail(layout.consoleLog(), 20);
    String hint;
    if (tail.contains("BindException") || tail.contains("Address already in use")) {
      hint =
          "A port it needs is taken: set catalyst.elasticsearch.embedded.http-port and"
              + " transport-port to free ports.";
    } else if (tail.contains("AccessDeniedException") || tail.contains("Permission denied")) {
      hint =
          "The node's account ('"
              + settings.runAs()
              + "') cannot read or write its directories under "
              + layout.root()
              + ". Every parent directory must be readable by that account: set catalyst.data-dir"
              + " to a path outside /root, such as /var/lib/catalyst.";
    } else if (tail.contains("can not run elasticsearch as root")) {
      hint = "Elasticsearch refuses root: the setpriv step did not drop privileges.";
    } else if (tail.contains("OutOfMemoryError") || tail.contains("Cannot allocate memory")) {
      hint = "Not enough memory for the heap: lower catalyst.elasticsearch.embedded.heap.";
    } else {
      hint = "Read the log for the cause.";
    }
    return "Elasticsearch exited during start-up with code "
        + exitCode
        + ". "
        + hint
        + " Log: "
        + layout.consoleLog()
        + "\n"
        + tail;
  }

  /** Stops the node if this instance started or adopted it; otherwise leaves it running. */
  @Override
  public void close() {
    if (!owner) {
      return;
    }
    readPid(layout.pidFile()).flatMap(ProcessHandle::of).ifPresent(this::stopNode);
    try {
      Files.deleteIfExists(layout.ownerFile());
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", layout.ownerFile(), e.toString());
    }
  }

  private void stopNode(ProcessHandle handle) {
    List<ProcessHandle> tree = new ArrayList<>();
    handle.descendants().forEach(tree::add);
    tree.add(handle);
    readPid(layout.pidFile()).flatMap(ProcessHandle::of).ifPresent(tree::add);
    // SIGTERM first: the node flushes its translog and closes shards cleanly.
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(STOP_TIMEOUT);
    while (tree.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
      sleep(Duration.ofMillis(100));
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    log.info("Stopped the embedded Elasticsearch on {}", httpUri());
  }

  /**
   * A node process of this data directory that is alive but did not answer may be starting, or just
   * slow on a loaded machine: give it the start-up timeout before calling it a leftover. Killing a
   * healthy node because one probe timed out would pull it from under its users.
   */
  private static Optional<String> awaitLiveNode(
      Settings settings,
      NodeInstallation.Layout layout,
      URI uri,
      String clusterName,
      Consumer<String> progress) {
    Optional<ProcessHandle> node = liveNodeProcess(layout);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    progress.accept(
        "An Elasticsearch for this data directory is running (pid "
            + node.get().pid()
            + ") but not answering yet; waiting up to "
            + settings.startupTimeout().toSeconds()
            + " s");
    Instant deadline = Instant.now().plus(settings.startupTimeout());
    while (Instant.now().isBefore(deadline) && node.get().isAlive()) {
      Optional<String> answering = probeClusterName(uri);
      if (answering.isPresent() && answering.get().equals(clusterName)) {
        return answering;
      }
      sleep(Duration.ofMillis(500));
    }
    return Optional.empty();
  }

  private static Optional<ProcessHandle> liveNodeProcess(NodeInstallation.Layout layout) {
    return readPid(layout.pidFile())
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains(layout.home().toString()));
  }

  private static void stopLeftoverNode(NodeInstallation.Layout layout, Consumer<String> progress) {
    // Under the start lock, a live node of ours that does not answer was left by a starter that
    // crashed or gave up. It holds the data directory's lock and its ports; a second node would
    // fail with a confusing lock or bind error.
    Optional<ProcessHandle> leftover = liveNodeProcess(layout);
    if (leftover.isPresent()) {
      progress.accept(
          "Stopping a leftover Elasticsearch (pid "
              + leftover.get().pid()
              + ") that did not answer within the start-up timeout");
      leftover.get().destroy();
      Instant deadline = Instant.now().plus(STOP_TIMEOUT);
      while (leftover.get().isAlive() && Instant.now().isBefore(deadline)) {
        sleep(Duration.ofMillis(100));
      }
      leftover.get().destroyForcibly();
    }
  }

  private static Process launch(
      Settings settings,
      NodeInstallation.Layout layout,
      String clusterName,
      boolean dropPrivileges,
      Consumer<String> progress) {
    List<String> command = new ArrayList<>();
    if (dropPrivileges) {
      command.addAll(
          List.of(
              "setpriv",
              "--reuid=" + settings.runAs(),
              "--regid=" + NodeInstallation.primaryGroup(settings.runAs()),
              "--clear-groups",
              "--"));
    }
    command.add(layout.home().resolve("bin/elasticsearch").toString());
    command.addAll(
        List.of(
            "-p",
            layout.pidFile().toString(),
            "-E",
            "cluster.name=" + clusterName,
            "-E",
            "node.name=catalyst-embedded",
            "-E",
            "discovery.type=single-node",
            "-E",
            "xpack.security.enabled=false",
            "-E",
            "network.host=127.0.0.1",
            "-E",
            "http.port=" + settings.httpPort(),
            "-E",
            "transport.port=" + settings.transportPort(),
            "-E",
            "path.data=" + layout.data(),
            "-E",
            "path.logs=" + layout.logs(),
            // A nearly full disk would turn every index read-only; this node holds one user's data.
            "-E",
            "cluster.routing.allocation.disk.threshold_enabled=false",
            "-E",
            "action.destructive_requires_name=true"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("ES_JAVA_HOME", settings.javaHome().toString());
    builder.environment().remove("JAVA_HOME");
    builder
        .environment()
        .put(
            "ES_JAVA_OPTS",
            "-Xms" + settings.heapMegabytes() + "m -Xmx" + settings.heapMegabytes() + "m");
    builder.environment().put("HOME", layout.root().toString());
    builder.directory(layout.home().toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    progress.accept(
        "Starting Elasticsearch "
            + settings.version()
            + " on http://127.0.0.1:"
            + settings.httpPort()
            + (dropPrivileges ? " as '" + settings.runAs() + "'" : "")
            + "; log: "
            + layout.consoleLog());
    try {
      return builder.start();
    } catch (IOException e) {
      String hint =
          dropPrivileges && e.getMessage() != null && e.getMessage().contains("setpriv")
              ? " setpriv (util-linux) is needed to drop root privileges: apt-get install util-linux."
              : "";
      throw new EmbeddedElasticsearchException(
          "Could not start " + command.get(0) + ": " + e.getMessage() + "." + hint, e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File("/dev/null");
  }

  private static boolean ownerAlive(NodeInstallation.Layout layout) {
    return readPid(layout.ownerFile())
        .flatMap(ProcessHandle::of)
        .map(ProcessHandle::isAlive)
        .orElse(false);
  }

  private static void writeOwner(NodeInstallation.Layout layout) {
    try {
      Files.writeString(
          layout.ownerFile(), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + layout.ownerFile(), e);
    }
  }

  private static Optional<Long> readPid(Path file) {
    try {
      return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The cluster name of whatever Elasticsearch answers at {@code uri}, if one does. */
  static Optional<String> probeClusterName(URI uri) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) uri.resolve("/_cluster/health").toURL().openConnection();
      connection.setConnectTimeout(2000);
      // A busy node can take seconds to answer; a missed probe must not pass for "none running".
      connection.setReadTimeout(10_000);
      try {
        if (connection.getResponseCode() != 200) {
          return Optional.empty();
        }
        try (InputStream body = connection.getInputStream()) {
          String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
          var matcher =
              java.util.regex.Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]*)\"")
                  .matcher(json);
          return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean portInUse(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + file + ")";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedElasticsearchException("Interrupted while waiting for Elasticsearch", e);
    }
  }
}
