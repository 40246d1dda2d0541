package com.catalysttracker.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A copy of the rules folder as it was when it last compiled, under the data directory.
 *
 * <p>Why: analysts edit {@code rules/} in place, and the running service rejects an edit that does
 * not compile while its rules keep running. A restart, though, compiles the folder as it is: one
 * broken save before a reboot used to stop the whole service (crawls, alerts, search) until someone
 * fixed the file. With this copy the service starts on the rules that last compiled, and the rules
 * page shows the broken edit as rejected, as it would have while running.
 *
 * <p>The copy is replaced by writing the new one beside it and renaming, so a crash mid-save leaves
 * the previous copy (or the new one) whole.
 */
public final class LastGoodRules {
  private static final Logger log = LoggerFactory.getLogger(LastGoodRules.class);
  private static final String SAVED_AT = ".saved-at";

  private final Path copy;
  // A save writes the new copy beside the old one, then swaps them by renaming.
  private final Path fresh;
  private final Path previous;
  private final Clock clock;

  /**
   * @param copy the folder the copy lives in, e.g. {@code <data-dir>/rules-last-good}
   */
  public LastGoodRules(Path copy, Clock clock) {
    this.copy = copy;
    this.fresh = copy.resolveSibling(copy.getFileName() + ".new");
    this.previous = copy.resolveSibling(copy.getFileName() + ".old");
    this.clock = clock;
  }

  /** The saved copy and when it was saved, if there is one. */
  public record Saved(Path dir, Instant savedAt) {}

  /** The rules to start on, and the status the service reports for them. */
  public record Start(RuleBase base, RuleStatus status) {}

  /**
   * Compiles {@code rulesDir} and saves it as the last good copy; when it does not compile, falls
   * back to the saved copy, with the folder's problems reported as a rejected edit. Without a copy
   * that compiles, the folder's problems are thrown as before: there are no rules to run.
   */
  public Start start(Path rulesDir) {
    RuleBase base;
    try {
      base = RuleBase.compile(rulesDir);
    } catch (RuleCompileException broken) {
      Optional<Saved> saved = latest();
      if (saved.isEmpty()) {
        throw broken;
      }
      RuleBase fallback;
      try {
        fallback = RuleBase.compile(saved.get().dir());
      } catch (RuleCompileException alsoBroken) {
        log.error(
            "The saved copy of the rules in {} does not compile either (a newer Catalyst Tracker?):\n{}",
            saved.get().dir(),
            alsoBroken.getMessage());
        throw broken;
      }
      log.error(
          "The rules in {} do not compile; starting on the copy that last compiled (saved {} in {}). "
              + "Fix the problems below, the folder is recompiled as soon as it is saved:\n{}",
          rulesDir,
          saved.get().savedAt(),
          saved.get().dir(),
          broken.getMessage());
      return new Start(
          fallback,
          new RuleStatus(
              fallback.compiledAt(),
              fallback.ruleCount(),
              fallback.themes(),
              clock.instant(),
              broken.problems(),
              saved.get()));
    }
    save(rulesDir);
    return new Start(
        base, new RuleStatus(base.compiledAt(), base.ruleCount(), base.themes(), null, List.of()));
  }

  /**
   * Replaces the copy with {@code rulesDir} as it is now (call it once the folder compiled). A
   * failure is logged and the older copy kept: not being able to save must not stop the rules.
   */
  public void save(Path rulesDir) {
    try {
      FileSystemUtils.deleteRecursively(fresh);
      FileSystemUtils.copyRecursively(rulesDir, fresh);
      Files.writeString(
          fresh.resolve(SAVED_AT), clock.instant().toString(), StandardCharsets.UTF_8);
      FileSystemUtils.deleteRecursively(previous);
      if (Files.exists(copy)) {
        Files.move(copy, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, copy, StandardCopyOption.ATOMIC_MOVE);
      FileSystemUtils.deleteRecursively(previous);
    } catch (IOException e) {
      log.warn(
          "Could not save a copy of the rules in {} to {} ({}); a restart with a broken rules folder would find no rules to "
              + "fall back on: make the data directory writable",
          rulesDir,
          copy,
          e.toString());
    }
  }

  /** The saved copy; the previous one when a save was cut short between its two renames. */
  public Optional<Saved> latest() {
    for (Path dir : List.of(copy, previous)) {
      Path marker = dir.resolve(SAVED_AT);
      if (Files.isRegularFile(marker)) {
        try {
          return Optional.of(
              new Saved(
                  dir, Instant.parse(Files.readString(marker, StandardCharsets.UTF_8).strip())));
        } catch (IOException | RuntimeException unreadable) {
          log.warn(
              "Ignoring the saved rules in {}: {} is unreadable ({})",
              dir,
              marker,
              unreadable.toString());
        }
      }
    }
    return Optional.empty();
  }
}
