package com.catalysttracker.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalysttracker.config.CatalystProperties;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, reuse, adopt and stop a node of its own, and the start-up failures users meet. */
class EmbeddedElasticsearchIT {
  private static final int HTTP_PORT = 9270;
  private static final int TRANSPORT_PORT = 9370;

  private final List<String> progress = new ArrayList<>();

  /**
   * A data directory under the temp folder, which the node's account can enter when the tests run
   * as root (JUnit's @TempDir folders are private to their owner). Kept between runs so the
   * unpacked distribution is reused.
   */
  private static Path freshDataDir(String name) throws IOException {
    return Files.createDirectories(
        Path.of(System.getProperty("java.io.tmpdir"), "catalyst-it-" + name));
  }

  @Test
  void startsReusesAdoptsAndStopsOneNodePerDataDirectory() throws IOException {
    Path dataDir = freshDataDir("lifecycle-unit");
    EmbeddedElasticsearch.Settings settings =
        TestElasticsearch.settings(dataDir, HTTP_PORT, TRANSPORT_PORT);

    EmbeddedElasticsearch first = EmbeddedElasticsearch.startOrReuse(settings, progress::add);
    long nodePid = readPid(dataDir.resolve("elasticsearch/elasticsearch.pid"));
    try {
      assertThat(first.ownsNode()).isTrue();
      assertThat(EmbeddedElasticsearch.probeClusterName(first.httpUri()))
          .contains(EmbeddedElasticsearch.clusterName(dataDir));
      assertThat(progress).anyMatch(line -> line.contains("log: " + first.logFile()));

      // A second user of the same data directory reuses the node and leaves it running.
      EmbeddedElasticsearch second = EmbeddedElasticsearch.startOrReuse(settings, progress::add);
      assertThat(second.ownsNode()).isFalse();
      second.close();
      assertThat(ProcessHandle.of(nodePid))
          .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

      // The starter is gone (a crash): the next user adopts the node and will stop it.
      Files.writeString(
          dataDir.resolve("elasticsearch/owner.pid"), "999999999", StandardCharsets.UTF_8);
      EmbeddedElasticsearch adopter = EmbeddedElasticsearch.startOrReuse(settings, progress::add);
      assertThat(adopter.ownsNode()).isTrue();
      assertThat(progress).anyMatch(line -> line.contains("its starter is gone"));
      adopter.close();
      assertThat(ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive)).isEmpty();
      assertThat(EmbeddedElasticsearch.probeClusterName(first.httpUri())).isEmpty();
    } finally {
      first.close();
      ProcessHandle.of(nodePid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void aPortHeldByAnotherProgramIsNamedWithTheSettingToChange(@TempDir Path dataDir)
      throws IOException {
    try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = squatter.getLocalPort();
      var settings = TestElasticsearch.settings(dataDir, port, TRANSPORT_PORT);

      assertThatThrownBy(() -> EmbeddedElasticsearch.startOrReuse(settings, progress::add))
          .isInstanceOf(EmbeddedElasticsearchException.class)
          .hasMessageContaining("Port " + port)
          .hasMessageContaining("catalyst.elasticsearch.embedded.http-port");
    }
  }

  @Test
  void aMissingZipSaysHowToGetIt() throws IOException {
    Path dataDir = freshDataDir("missing-zip");
    var good = TestElasticsearch.settings(dataDir, 9271, 9371);
    var settings =
        new EmbeddedElasticsearch.Settings(
            dataDir,
            dataDir.resolve("nowhere.zip"),
            good.version(),
            9271,
            9371,
            512,
            good.startupTimeout(),
            good.runAs(),
            good.javaHome());

    assertThatThrownBy(() -> EmbeddedElasticsearch.startOrReuse(settings, progress::add))
        .isInstanceOf(EmbeddedElasticsearchException.class)
        .hasMessageContaining("zip was not found at " + dataDir.resolve("nowhere.zip"))
        .hasMessageContaining("mvn -q package -DskipTests");
  }

  @Test
  void aMissingJdkSaysWhichSettingToSet() throws IOException {
    Path dataDir = freshDataDir("missing-jdk");
    var good = TestElasticsearch.settings(dataDir, 9271, 9371);
    var settings =
        new EmbeddedElasticsearch.Settings(
            dataDir,
            good.distributionZip(),
            good.version(),
            9271,
            9371,
            512,
            good.startupTimeout(),
            good.runAs(),
            dataDir.resolve("no-jdk"));

    assertThatThrownBy(() -> EmbeddedElasticsearch.startOrReuse(settings, progress::add))
        .isInstanceOf(EmbeddedElasticsearchException.class)
        .hasMessageContaining("No JDK at " + dataDir.resolve("no-jdk"))
        .hasMessageContaining("catalyst.elasticsearch.embedded.java-home");
  }

  @Test
  void aDataDirectoryThatCannotBeCreatedIsNamed(@TempDir Path tmp) throws IOException {
    Path aFile = Files.writeString(tmp.resolve("not-a-directory"), "x", StandardCharsets.UTF_8);
    var settings = TestElasticsearch.settings(aFile.resolve("data"), 9271, 9371);

    assertThatThrownBy(() -> EmbeddedElasticsearch.startOrReuse(settings, progress::add))
        .isInstanceOf(EmbeddedElasticsearchException.class)
        .hasMessageContaining(aFile.resolve("data").toString())
        .hasMessageContaining("catalyst.data-dir");
  }

  @Test
  void asRootADataDirectoryTheNodesAccountCannotEnterIsRefusedUpFront(@TempDir Path tmp)
      throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        CatalystProperties.runningAsRoot(), "only root drops privileges");
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    var settings = TestElasticsearch.settings(locked.resolve("data"), 9271, 9371);

    assertThatThrownBy(() -> EmbeddedElasticsearch.startOrReuse(settings, progress::add))
        .isInstanceOf(EmbeddedElasticsearchException.class)
        .hasMessageContaining("cannot enter " + locked)
        .hasMessageContaining("/var/lib/catalyst");
  }

  private static long readPid(Path file) throws IOException {
    return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
  }
}
