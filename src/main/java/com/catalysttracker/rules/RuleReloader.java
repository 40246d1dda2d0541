package com.catalysttracker.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recompiles the rules folder when it changes and swaps the new rule base in; an edit that does not
 * compile is rejected, logged with {@code path:line:col}, and the previous rule base keeps running.
 */
public final class RuleReloader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RuleReloader.class);

  private final RuleEngine engine;
  private final Path dir;
  private final Duration settleTime;
  private final Clock clock;
  private final AtomicReference<RuleStatus> status;
  private WatchService watcher;
  private Thread thread;

  private final @Nullable LastGoodRules lastGood;

  public RuleReloader(RuleEngine engine, Path dir, Duration settleTime, Clock clock) {
    this(engine, dir, settleTime, clock, null, null);
  }

  /**
   * @param initial the status the engine started with (a folder rejected at start-up), or null for
   *     the engine's rule base compiled from the folder
   * @param lastGood where each folder that compiles is saved, or null to keep no copy
   */
  public RuleReloader(
      RuleEngine engine,
      Path dir,
      Duration settleTime,
      Clock clock,
      @Nullable RuleStatus initial,
      @Nullable LastGoodRules lastGood) {
    this.engine = engine;
    this.dir = dir;
    this.settleTime = settleTime;
    this.clock = clock;
    this.lastGood = lastGood;
    RuleBase base = engine.ruleBase();
    this.status =
        new AtomicReference<>(
            initial != null
                ? initial
                : new RuleStatus(
                    base.compiledAt(), base.ruleCount(), base.themes(), null, List.of()));
  }

  /** Compiles the folder now; swaps it in if it compiles, else keeps the running rule base. */
  public RuleStatus reload() {
    List<RuleProblem> problems = new java.util.ArrayList<>();
    try {
      RuleBase base = RuleBase.compile(dir);
      engine.swap(base);
      log.info("Rules reloaded from {}: {} rules, themes {}", dir, base.ruleCount(), base.themes());
      status.set(
          new RuleStatus(base.compiledAt(), base.ruleCount(), base.themes(), null, List.of()));
      if (lastGood != null) {
        lastGood.save(dir);
      }
    } catch (RuleCompileException e) {
      problems.addAll(e.problems());
      RuleBase running = engine.ruleBase();
      log.error(
          "Rules in {} rejected; the rules compiled at {} keep running:\n{}",
          dir,
          running.compiledAt(),
          e.getMessage());
      // Still running on the start-up copy (if it was one) until an edit compiles.
      status.set(
          new RuleStatus(
              running.compiledAt(),
              running.ruleCount(),
              running.themes(),
              clock.instant(),
              problems,
              status.get().startedFromCopy()));
    }
    return status.get();
  }

  public RuleStatus status() {
    return status.get();
  }

  /** Starts watching the folder (and its sub-folders) in a daemon thread. */
  public synchronized void start() throws IOException {
    watcher = FileSystems.getDefault().newWatchService();
    try (Stream<Path> folders = Files.walk(dir)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        folder.register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
    thread = new Thread(this::watch, "rules-reloader");
    thread.setDaemon(true);
    thread.start();
    log.info("Watching {} for rule changes", dir);
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        drain(key);
        // Wait until the folder is quiet: an editor saves through temporary files and renames.
        WatchKey more;
        while ((more = watcher.poll(settleTime.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        reload();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // closed on shutdown
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  @Override
  public synchronized void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    if (thread != null) {
      thread.interrupt();
    }
  }
}
