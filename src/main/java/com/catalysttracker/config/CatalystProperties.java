package com.catalysttracker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application-wide settings.
 *
 * @param dataDir where the application keeps the embedded Elasticsearch, its data and the job
 *     store; empty means {@code /var/lib/catalyst} when running as root (the unprivileged account
 *     Elasticsearch runs under cannot enter {@code /root}) and {@code ~/.catalyst} otherwise
 */
@ConfigurationProperties("catalyst")
public record CatalystProperties(@Nullable Path dataDir) {

  /** The data directory in force, with the default applied. */
  public Path resolvedDataDir() {
    if (dataDir != null) {
      return dataDir.toAbsolutePath().normalize();
    }
    return defaultDataDir();
  }

  public static Path defaultDataDir() {
    if (runningAsRoot()) {
      return Path.of("/var/lib/catalyst");
    }
    return Path.of(System.getProperty("user.home"), ".catalyst");
  }

  /** Whether this process runs with uid 0, which Elasticsearch refuses. */
  public static boolean runningAsRoot() {
    try {
      // /proc/self is owned by the process's own uid: a portable-enough check without JNI.
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
    }
  }
}
