package com.catalysttracker.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --fixtures DIR}: where the offline site copies are, for the commands that read or serve
 * them.
 */
final class SiteCopiesOption {

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      description =
          "The site copies, one folder per source id (default: src/test/resources/sites in the project folder).")
  Path fixtures;

  /**
   * The folder given, else the project's own copies under the catalyst home the launcher passes.
   */
  Path dir() {
    return fixtures != null
        ? fixtures
        : Path.of(System.getProperty("catalyst.home", "."), "src", "test", "resources", "sites");
  }
}
