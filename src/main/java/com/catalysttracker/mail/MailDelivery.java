package com.catalysttracker.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends what waits in the outbox over SMTP, oldest first, in one background thread. While the
 * server refuses or is down, messages stay in the outbox and delivery retries with doubling
 * backoff; each message leaves the outbox only after the server accepted it. Without SMTP, messages
 * stay as {@code .eml} files for a person to read.
 */
final class MailDelivery implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final Outbox outbox;
  private final @Nullable JavaMailSender smtp;
  private final Duration firstBackoff;
  private final Duration maxBackoff;

  /** How long closing waits for the last delivery attempt (SMTP timeouts are 10 s). */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

  private final ScheduledThreadPoolExecutor worker;
  private Duration backoff;
  private boolean retryScheduled;

  /**
   * Told the X-Catalyst-Alert id of each message the server accepted (the latency bench listens).
   */
  private volatile Consumer<String> accepted = id -> {};

  MailDelivery(
      Outbox outbox, @Nullable JavaMailSender smtp, Duration firstBackoff, Duration maxBackoff) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
    this.backoff = firstBackoff;
    this.worker =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "mail-delivery");
              thread.setDaemon(true);
              return thread;
            });
    // A pending retry (up to retry-backoff-max away) must not hold up closing; the outbox keeps its
    // messages.
    this.worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Asks the worker to send what is queued now (returns at once). */
  void wake() {
    if (smtp != null && !worker.isShutdown()) {
      worker.execute(this::flush);
    }
  }

  void onAccepted(Consumer<String> listener) {
    this.accepted = listener;
  }

  /** Logs where a message went when there is no SMTP server to send it to. */
  void queued(Path file) {
    if (smtp == null) {
      log.info(
          "No SMTP server configured (catalyst.mail.smtp-host): alert email written to {}", file);
    }
  }

  /**
   * Sends every queued message; stops at the first failure and schedules a retry. Runs on the
   * worker.
   */
  synchronized int flush() {
    if (smtp == null) {
      return 0;
    }
    int sent = 0;
    try (Outbox.SendingLock ignored = outbox.lockForSending()) {
      for (Path file : outbox.pending()) {
        MimeMessage message = Outbox.read(file);
        smtp.send(message);
        accepted.accept(String.valueOf(message.getHeader("X-Catalyst-Alert", null)));
        outbox.markSent(file);
        sent++;
      }
      backoff = firstBackoff;
    } catch (MailException | MessagingException | IOException e) {
      log.warn(
          "Alert email not delivered ({}); retrying in {}, messages wait in {}",
          e.getMessage(),
          backoff,
          outbox.pendingDir());
      if (!retryScheduled && !worker.isShutdown()) {
        try {
          worker.schedule(
              () -> {
                synchronized (this) {
                  retryScheduled = false;
                }
                flush();
              },
              backoff.toMillis(),
              TimeUnit.MILLISECONDS);
          retryScheduled = true;
        } catch (RejectedExecutionException closing) {
          // Closing: the messages stay in the outbox for the next start.
        }
      }
      backoff =
          backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
    }
    return sent;
  }

  /**
   * Makes one last attempt to send what is queued, then stops: a one-off command (a crawl that
   * raised alerts) exits right after queuing, and its mail should not wait for the next start.
   * Returns only when no send is in progress, so a mailer opened next never sends a message twice.
   */
  @Override
  public void close() {
    if (smtp != null && !worker.isShutdown()) {
      worker.execute(this::flush);
    }
    worker.shutdown();
    try {
      if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "Alert email still being sent after {}; the rest waits in {}",
            CLOSE_WAIT,
            outbox.pendingDir());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker.shutdownNow();
    try {
      if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn(
            "Alert email delivery still running 10 s after it was interrupted; messages wait in {}",
            outbox.pendingDir());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
