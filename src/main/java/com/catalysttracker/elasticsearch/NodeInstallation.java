package com.catalysttracker.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Puts a node on disk: its directory layout under the data directory, the distribution unpacked
 * once, and, when the application runs as root, everything handed to the unprivileged account the
 * node runs under. Each failure says what to change.
 */
final class NodeInstallation {
  private static final Logger log = LoggerFactory.getLogger(NodeInstallation.class);

  private NodeInstallation() {}

  /** Where a node keeps its files under the data directory. */
  record Layout(Path root, String version) {
    Path home() {
      return root.resolve("elasticsearch-" + version);
    }

    Path data() {
      return root.resolve("data");
    }

    Path logs() {
      return root.resolve("logs");
    }

    Path consoleLog() {
      return logs().resolve("console.log");
    }

    Path pidFile() {
      return root.resolve("elasticsearch.pid");
    }

    Path ownerFile() {
      return root.resolve("owner.pid");
    }

    Path unpackedMarker() {
      return home().resolve(".unpacked");
    }
  }

  static String primaryGroup(String user) {
    // nobody's group is 'nogroup' on Debian and 'nobody' elsewhere; /etc/passwd knows.
    try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"), StandardCharsets.UTF_8)) {
      Optional<String> gid =
          lines
              .map(line -> line.split(":"))
              .filter(f -> f.length > 3 && f[0].equals(user))
              .map(f -> f[3])
              .findFirst();
      if (gid.isPresent()) {
        return gid.get();
      }
    } catch (IOException e) {
      log.debug("Cannot read /etc/passwd", e);
    }
    throw new EmbeddedElasticsearchException(
        "The account '"
            + user
            + "' that Elasticsearch should run under does not exist. Create it or set"
            + " catalyst.elasticsearch.embedded.run-as to an existing unprivileged account.");
  }

  /** Creates the node's root folder, naming the data directory and the fix when it cannot. */
  static void createRoot(EmbeddedElasticsearch.Settings settings, Layout layout) {
    try {
      Files.createDirectories(layout.root());
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "Cannot create or write the data directory "
              + settings.dataDir()
              + " ("
              + e.getMessage()
              + "). Set catalyst.data-dir (or --data-dir) to a writable directory.",
          e);
    }
  }

  static void checkJava(Path javaHome) {
    if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
      throw new EmbeddedElasticsearchException(
          "No JDK at "
              + javaHome
              + " (bin/java is missing). The Elasticsearch zip carries no JDK: set"
              + " catalyst.elasticsearch.embedded.java-home to a JDK 17+ home.");
    }
  }

  static void prepareDirectories(
      EmbeddedElasticsearch.Settings settings, Layout layout, boolean dropPrivileges) {
    try {
      Files.createDirectories(layout.data());
      Files.createDirectories(layout.logs());
      Path probe = Files.createTempFile(layout.root(), ".write-check", ".tmp");
      Files.delete(probe);
    } catch (AccessDeniedException e) {
      throw new EmbeddedElasticsearchException(
          "The data directory "
              + settings.dataDir()
              + " is not writable ("
              + e.getFile()
              + "). Fix its permissions or set catalyst.data-dir to a writable directory.",
          e);
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "Cannot create or write the data directory "
              + settings.dataDir()
              + " ("
              + e.getMessage()
              + "). Set catalyst.data-dir (or --data-dir) to a writable directory.",
          e);
    }
    if (dropPrivileges) {
      for (Path dir = layout.root(); dir != null; dir = dir.getParent()) {
        if (!othersCanEnter(dir)) {
          throw new EmbeddedElasticsearchException(
              "Elasticsearch runs as '"
                  + settings.runAs()
                  + "' because this process is root, and that account cannot enter "
                  + dir
                  + " (a parent of the data directory "
                  + settings.dataDir()
                  + "). Set catalyst.data-dir to a path outside it, such as /var/lib/catalyst.");
        }
      }
    }
  }

  private static boolean othersCanEnter(Path dir) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
      return permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | UnsupportedOperationException e) {
      return true;
    }
  }

  static void unpackIfNeeded(
      EmbeddedElasticsearch.Settings settings, Layout layout, Consumer<String> progress) {
    if (Files.exists(layout.unpackedMarker())) {
      return;
    }
    Path zip = settings.distributionZip();
    if (zip == null || !Files.isRegularFile(zip)) {
      throw new EmbeddedElasticsearchException(
          "The Elasticsearch distribution zip was not found"
              + (zip == null ? "" : " at " + zip)
              + ". The build downloads it from Maven Central: run 'mvn -q package -DskipTests'"
              + " (or ./catalyst, which builds first), or set"
              + " catalyst.elasticsearch.embedded.distribution to the path of"
              + " elasticsearch-"
              + settings.version()
              + ".zip.");
    }
    progress.accept("Unpacking " + zip.getFileName() + " into " + layout.home() + " (once)");
    Path staging = layout.root().resolve("unpacking-" + settings.version());
    try {
      FileSystemUtils.deleteRecursively(staging);
      FileSystemUtils.deleteRecursively(layout.home());
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          Path target = staging.resolve(entry.getName()).normalize();
          if (!target.startsWith(staging)) {
            throw new EmbeddedElasticsearchException(
                zip + " holds an entry outside its folder: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
          }
        }
      }
      Path unpackedHome = staging.resolve("elasticsearch-" + settings.version());
      try (Stream<Path> scripts = Files.list(unpackedHome.resolve("bin"))) {
        // java.util.zip drops Unix modes; the launch scripts must be executable.
        for (Path script : scripts.toList()) {
          script.toFile().setExecutable(true, false);
        }
      }
      Files.move(unpackedHome, layout.home());
      FileSystemUtils.deleteRecursively(staging);
      Files.writeString(layout.unpackedMarker(), zip.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "Could not unpack " + zip + " into " + layout.home() + ": " + e, e);
    }
  }

  static void handOver(Layout layout, String account) {
    try {
      UserPrincipalLookupService lookup =
          layout.root().getFileSystem().getUserPrincipalLookupService();
      UserPrincipal user = lookup.lookupPrincipalByName(account);
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(primaryGroupName(account));
      chown(layout.root(), user, group);
      for (Path dir : List.of(layout.home(), layout.data(), layout.logs())) {
        try (Stream<Path> tree = Files.walk(dir)) {
          for (Path path : tree.toList()) {
            chown(path, user, group);
          }
        }
      }
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "Could not hand " + layout.root() + " over to the account '" + account + "': " + e, e);
    }
  }

  private static String primaryGroupName(String account) {
    String gid = primaryGroup(account);
    try (Stream<String> lines = Files.lines(Path.of("/etc/group"), StandardCharsets.UTF_8)) {
      return lines
          .map(line -> line.split(":"))
          .filter(f -> f.length > 2 && f[2].equals(gid))
          .map(f -> f[0])
          .findFirst()
          .orElse(account);
    } catch (IOException e) {
      return account;
    }
  }

  private static void chown(Path path, UserPrincipal user, GroupPrincipal group)
      throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view != null && !user.equals(view.getOwner())) {
      view.setOwner(user);
      view.setGroup(group);
    }
  }
}
