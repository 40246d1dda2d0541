package com.catalysttracker.web;

import com.catalysttracker.rules.LastGoodRules;
import com.catalysttracker.rules.RuleProblem;
import com.catalysttracker.rules.RuleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The rules folder as the rules page shows it: the live rule base, the last rejected edit, and
 * every file the rules are built from with its text as it is on disk now (which, after a rejected
 * edit, is not what is running) and the problems found in it.
 *
 * @param dir the folder as configured ({@code catalyst.rules.dir})
 * @param rejectedAt when the last edit was rejected; null when the folder as it is now is running
 * @param problems every problem of that edit, also listed under its file
 * @param startedFromCopy the saved copy of the folder the running rules were compiled from, when
 *     the folder did not compile at start-up; null when they came from the folder
 * @param copySavedAt when that copy was saved (the last time the folder compiled)
 */
record RuleFolderView(
    String dir,
    Instant compiledAt,
    int ruleCount,
    List<String> themes,
    @Nullable Instant rejectedAt,
    List<Problem> problems,
    List<RuleFile> files,
    @Nullable String startedFromCopy,
    @Nullable Instant copySavedAt) {
  /** What the rule compiler reads; README.md and the like are the analysts' notes, not rules. */
  private static final Set<String> RULE_EXTENSIONS = Set.of("drl", "vocab", "properties", "json");

  /**
   * Files larger than this are not rule files anyone edits by hand; do not ship them to a browser.
   */
  private static final long MAX_SHOWN_BYTES = 1024 * 1024;

  RuleFolderView {
    themes = List.copyOf(themes);
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }

  /**
   * One compile problem.
   *
   * @param file the file it is in, relative to the rules folder; null when it concerns the folder
   * @param location {@code path:line:col}, as {@code rules validate} prints it
   */
  record Problem(@Nullable String file, int line, int column, String message, String location) {}

  /**
   * One file of the folder.
   *
   * @param path relative to the rules folder, with {@code /}
   * @param kind {@code drl}, {@code vocab}, {@code properties} (thresholds) or {@code json} (a rule
   *     test)
   * @param theme the theme the file defines, when its name is a loaded theme's
   * @param content the text, or null when the file is too large or not UTF-8 (see {@code note})
   */
  record RuleFile(
      String path,
      String kind,
      @Nullable String theme,
      long bytes,
      Instant modified,
      @Nullable String content,
      @Nullable String note,
      List<Problem> problems) {
    RuleFile {
      problems = List.copyOf(problems);
    }
  }

  static RuleFolderView of(Path dir, RuleStatus status) {
    List<Problem> problems = status.problems().stream().map(p -> problem(dir, p)).toList();
    List<RuleFile> files = new ArrayList<>();
    for (Path file : ruleFiles(dir)) {
      String relative = slashes(dir.relativize(file));
      String name = file.getFileName().toString();
      String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String stem = name.substring(0, name.lastIndexOf('.'));
      String theme = status.themes().contains(stem) && !relative.contains("/") ? stem : null;
      List<Problem> own = problems.stream().filter(p -> relative.equals(p.file())).toList();
      files.add(read(file, relative, kind, theme, own));
    }
    LastGoodRules.Saved copy = status.startedFromCopy();
    return new RuleFolderView(
        dir.toString(),
        status.compiledAt(),
        status.ruleCount(),
        status.themes(),
        status.rejectedAt(),
        problems,
        files,
        copy == null ? null : copy.dir().toString(),
        copy == null ? null : copy.savedAt());
  }

  private static Problem problem(Path dir, RuleProblem problem) {
    Path path = Path.of(problem.path());
    String file = path.startsWith(dir) && !path.equals(dir) ? slashes(dir.relativize(path)) : null;
    return new Problem(
        file,
        problem.line(),
        problem.column(),
        problem.message(),
        problem.path() + ":" + problem.line() + ":" + problem.column());
  }

  private static RuleFile read(
      Path file, String relative, String kind, @Nullable String theme, List<Problem> problems) {
    try {
      long bytes = Files.size(file);
      Instant modified = Files.getLastModifiedTime(file).toInstant();
      if (bytes > MAX_SHOWN_BYTES) {
        return new RuleFile(
            relative,
            kind,
            theme,
            bytes,
            modified,
            null,
            "larger than 1 MB: open it in an editor",
            problems);
      }
      try {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return new RuleFile(relative, kind, theme, bytes, modified, content, null, problems);
      } catch (CharacterCodingException e) {
        return new RuleFile(
            relative,
            kind,
            theme,
            bytes,
            modified,
            null,
            "not UTF-8: the rule compiler reads UTF-8, save the file as UTF-8",
            problems);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> ruleFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return dot > 0
                    && RULE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
              })
          .sorted(Comparator.comparing(p -> slashes(dir.relativize(p))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the rules folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
