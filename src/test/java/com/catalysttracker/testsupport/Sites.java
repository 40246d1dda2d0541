package com.catalysttracker.testsupport;

import com.catalysttracker.fixture.FixtureServer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's offline site copies as tests find them: on the test class path, else in the source
 * tree.
 */
public final class Sites {

  private Sites() {}

  /** Serves {@code src/test/resources/sites/<source>/}. */
  public static FixtureServer serve(String source) {
    return FixtureServer.start(dir(source));
  }

  /** The folder of a source's offline copy. */
  public static Path dir(String source) {
    URL onClassPath = Sites.class.getResource("/sites/" + source + "/routes.json");
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
        "No offline copy for source '"
            + source
            + "': expected src/test/resources/sites/"
            + source
            + "/routes.json");
  }
}
