package com.catalysttracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Messages waiting to go out, one {@code .eml} file each under {@code outbox/}; a delivered one is
 * moved to {@code sent/}. Files are written under a temporary name and renamed, so a crash never
 * leaves half a message to send, and the folder survives restarts.
 */
final class Outbox {
  private static final Session SESSION = Session.getInstance(new Properties());

  private final Path pending;
  private final Path sent;

  Outbox(Path dir) throws IOException {
    this.pending = Files.createDirectories(dir.resolve("outbox"));
    this.sent = Files.createDirectories(dir.resolve("sent"));
  }

  Path pendingDir() {
    return pending;
  }

  /** Stores {@code message} as {@code name.eml}; an existing one of that name is kept (queued once). */
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
    Files.move(file, sent.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
