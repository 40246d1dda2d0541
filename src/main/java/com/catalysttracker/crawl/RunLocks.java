package com.catalysttracker.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per source across the processes that share a data directory: a {@code crawl} from the
 * command line beside {@code serve} must not walk the same source as its scheduled run (both would
 * fetch the same new items and race on their seen-state). An OS file lock on {@code
 * <dir>/<source>.lock}: released when the run ends or its process dies, so a crash leaves nothing
 * to clean up. Nodes on other machines are kept apart by the Quartz cluster lock instead.
 */
final class RunLocks {

  private static final Logger log = LoggerFactory.getLogger("catalyst.crawl");
  private static final RunLocks NONE = new RunLocks(null);

  private final @Nullable Path dir;

  private RunLocks(@Nullable Path dir) {
    this.dir = dir;
  }

  /** No cross-process lock (tests and benches whose state no other process shares). */
  static RunLocks none() {
    return NONE;
  }

  /** Lock files under {@code dir}, created when first needed. */
  static RunLocks in(Path dir) {
    return new RunLocks(dir);
  }

  /**
   * A held run of {@code source}, or empty when another process (or another engine here) runs it.
   */
  Optional<Held> tryAcquire(String source) {
    if (dir == null) {
      return Optional.of(() -> {});
    }
    Path file = dir.resolve(source + ".lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      FileChannel held = channel;
      return Optional.of(
          () -> {
            try {
              lock.release();
            } catch (IOException e) {
              // Closing the channel below releases it too; the OS does at the latest when the
              // process ends.
              log.warn("{}: releasing {} failed ({})", source, file, e.toString());
            } finally {
              closeQuietly(held);
            }
          });
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      return Optional.empty();
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException(
          "Cannot lock "
              + file
              + " to run "
              + source
              + " ("
              + e.getMessage()
              + "); the data directory must be writable by this user",
          e);
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing was locked through it.
      }
    }
  }

  /** A run's lock; closing it lets the next run of the source start. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }
}
