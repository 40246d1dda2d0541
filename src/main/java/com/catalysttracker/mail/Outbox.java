package com.catalysttracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Messages waiting to go out, one {@code .eml} file each under {@code outbox/}; a delivered one is
 * moved to {@code sent/}. Files are written under a temporary name and renamed, so a crash never
 * leaves half a message to send, and the folder survives restarts.
 */
final class Outbox {
  private static final Session SESSION = Session.getInstance(new Properties());

  /** File locks guard against other processes only; threads of this JVM queue on these first. */
  private static final Map<Path, ReentrantLock> SENDERS_IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path pending;
  private final Path sent;

  Outbox(Path dir) throws IOException {
    this.pending = Files.createDirectories(dir.resolve("outbox"));
    this.sent = Files.createDirectories(dir.resolve("sent"));
  }

  Path pendingDir() {
    return pending;
  }

  /**
   * Stores {@code message} as {@code name.eml}; an existing one of that name is kept (queued once).
   */
  Path put(String name, MimeMessage message) throws IOException, MessagingException {
    Path target = pending.resolve(name + ".eml");
    if (Files.exists(target) || Files.exists(sent.resolve(target.getFileName()))) {
      return target;
    }
    Path temp = pending.resolve(name + ".tmp");
    try (OutputStream out = Files.newOutputStream(temp)) {
      message.writeTo(out);
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** Held while sending: released when closed. */
  interface SendingLock extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /**
   * Waits until no other sender (a second process on the same data directory, or an earlier mailer
   * whose retry is still running) works on this outbox, so no message goes out twice.
   */
  SendingLock lockForSending() throws IOException {
    Path lockFile = pending.resolve(".sending.lock").toAbsolutePath().normalize();
    ReentrantLock local = SENDERS_IN_THIS_JVM.computeIfAbsent(lockFile, k -> new ReentrantLock());
    local.lock();
    try {
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.lock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      return () -> {
        try (channel) {
          lock.release();
        } finally {
          local.unlock();
        }
      };
    } catch (IOException | RuntimeException e) {
      local.unlock();
      throw e;
    }
  }

  /** The queued messages, oldest name first. */
  List<Path> pending() throws IOException {
    try (Stream<Path> files = Files.list(pending)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
    }
  }

  static MimeMessage read(Path file) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(SESSION, in);
    }
  }

  void markSent(Path file) throws IOException {
    Files.move(
        file,
        sent.resolve(file.getFileName()),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
