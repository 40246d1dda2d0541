package com.catalysttracker.elasticsearch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * An exclusive, cross-process lock on a data directory's node, held from "is one running?" until
 * the node answers. The operating system releases it if the holder dies.
 */
final class StartLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StartLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static StartLock acquire(
      EmbeddedElasticsearch.Settings settings,
      NodeInstallation.Layout layout,
      Consumer<String> progress) {
    NodeInstallation.createRoot(settings, layout);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              layout.root().resolve("start.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new EmbeddedElasticsearchException(
          "Cannot create the start lock in "
              + layout.root()
              + " ("
              + e.getMessage()
              + "). Set catalyst.data-dir (or --data-dir) to a writable directory.",
          e);
    }
    // Another process may be starting the node: wait as long as a start may take, and a bit.
    Instant deadline = Instant.now().plus(settings.startupTimeout()).plusSeconds(30);
    boolean told = false;
    try {
      while (true) {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return new StartLock(channel, lock);
        }
        if (!told) {
          progress.accept(
              "Waiting for another process that is starting Elasticsearch for "
                  + settings.dataDir());
          told = true;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new EmbeddedElasticsearchException(
              "Another process has been starting Elasticsearch for "
                  + settings.dataDir()
                  + " for longer than the start-up timeout. Stop it, or wait and try again.");
        }
        Thread.sleep(Duration.ofMillis(250).toMillis());
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new EmbeddedElasticsearchException("Cannot lock " + layout.root() + ": " + e, e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new EmbeddedElasticsearchException("Interrupted while waiting for the start lock", e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // The channel's close below releases it too.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing useful to do: the lock goes with the process at the latest.
    }
  }
}
