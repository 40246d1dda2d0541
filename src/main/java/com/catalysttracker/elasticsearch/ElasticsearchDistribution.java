package com.catalysttracker.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Finds the Elasticsearch zip the build fetched from Maven Central. */
final class ElasticsearchDistribution {
  private ElasticsearchDistribution() {}

  /** The distribution version this build was made with (from the POM). */
  static String version() {
    Properties build = new Properties();
    try (InputStream in =
        ElasticsearchDistribution.class.getResourceAsStream("/catalyst-build.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "catalyst-build.properties is missing from the classpath: rebuild with Maven");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("elasticsearch.distribution.version");
  }

  /**
   * The zip to unpack: the configured one, else the copy the build put under the project's {@code
   * target/elasticsearch/} (the launcher passes the project directory as {@code catalyst.home}),
   * else the one in the local Maven repository.
   */
  static @Nullable Path locate(@Nullable Path configured, String version) {
    if (configured != null) {
      return configured;
    }
    return candidates(version).stream().filter(Files::isRegularFile).findFirst().orElse(null);
  }

  static List<Path> candidates(String version) {
    String fileName = "elasticsearch-" + version + ".zip";
    List<Path> candidates = new ArrayList<>();
    String home = System.getProperty("catalyst.home");
    if (home != null) {
      candidates.add(Path.of(home, "target", "elasticsearch", fileName));
    }
    candidates.add(Path.of("target", "elasticsearch", fileName).toAbsolutePath());
    candidates.add(
        Path.of(
            System.getProperty("user.home"),
            ".m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch",
            version,
            fileName));
    return candidates;
  }
}
