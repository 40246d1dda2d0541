package com.catalysttracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the real rules/ folder, and the edit an analyst gets wrong, for the rules API and page.
 */
final class RuleFolderCopies {
  /** The file the broken edit touches, and the line of its syntax error. */
  static final String BROKEN_FILE = "low-altitude.drl";

  static final int BROKEN_LINE = 10;

  /** Rule text is code: comparisons and entities must reach the analyst as typed. */
  static final String MARKUP_COMMENT =
      "// amount < 5000 && title has <b>&amp;</b> <img src=x onerror=\"window.xssFired=1\">";

  private RuleFolderCopies() {}

  static Path copyOfLaunchRules(Path target) {
    Path source = Path.of("rules");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a comment line with markup at the top of low-altitude.drl (so its rule moves one line
   * down) and leaves a dangling {@code &&} in the rule's condition, now on line 10.
   */
  static void breakLowAltitude(Path rules) {
    Path file = rules.resolve(BROKEN_FILE);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String broken =
          MARKUP_COMMENT
              + "\n"
              + text.replace(
                  "ThemeMatch( theme == \"low-altitude\" )",
                  "ThemeMatch( theme == \"low-altitude\" && )");
      if (broken.equals(MARKUP_COMMENT + "\n" + text)) {
        throw new IllegalStateException(
            file + " no longer has the condition this fixture breaks; update RuleFolderCopies");
      }
      Files.writeString(file, broken, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
