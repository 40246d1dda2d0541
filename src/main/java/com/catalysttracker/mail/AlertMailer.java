package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Turns stored alerts into email for their subscribers: each (alert, recipient) is queued once in
 * the durable outbox, then delivery is woken.
 */
public final class AlertMailer implements AutoCloseable {
  private final List<Subscription> subscriptions;
  private final String from;
  private final Outbox outbox;
  private final MailDelivery delivery;

  AlertMailer(List<Subscription> subscriptions, String from, Outbox outbox, MailDelivery delivery) {
    this.subscriptions = List.copyOf(subscriptions);
    this.from = from;
    this.outbox = outbox;
    this.delivery = delivery;
  }

  /**
   * Queues email for {@code alerts} (already de-duplicated) about {@code documents}; returns the
   * files queued.
   */
  public List<Path> send(List<Alert> alerts, List<Document> documents) throws IOException {
    List<Path> queued = new java.util.ArrayList<>();
    for (Alert alert : alerts) {
      List<Document> linked =
          documents.stream().filter(d -> alert.documentIds().contains(d.id())).toList();
      for (Subscription subscription : subscriptions) {
        if (!subscription.wants(alert)) {
          continue;
        }
        String name =
            alert.createdAt().toEpochMilli()
                + "-"
                + alert.id().substring(0, 12)
                + "-"
                + DocumentIds.forUrl(subscription.recipient()).substring(0, 8);
        try {
          Path file =
              outbox.put(name, AlertMail.compose(alert, linked, from, subscription.recipient()));
          delivery.queued(file);
          queued.add(file);
        } catch (MessagingException e) {
          throw new IOException(
              "cannot write the email for alert " + alert.id() + " to " + subscription.recipient(),
              e);
        }
      }
    }
    if (!queued.isEmpty()) {
      delivery.wake();
    }
    return queued;
  }

  /** The subscription of {@code recipient} that asks for a daily digest, if it still does. */
  Optional<Subscription> digestSubscription(String recipient) {
    return subscriptions.stream()
        .filter(s -> s.recipient().equals(recipient) && s.digestAt() != null)
        .findFirst();
  }

  /** Every subscription that asks for a daily digest. */
  List<Subscription> digestSubscriptions() {
    return subscriptions.stream().filter(s -> s.digestAt() != null).toList();
  }

  /**
   * Queues {@code subscription}'s digest of {@code day}: one message, once (a second call for the
   * same day and recipient finds it queued or sent and adds nothing).
   */
  Path sendDigest(
      Subscription subscription, LocalDate day, List<Alert> alerts, List<Document> documents)
      throws IOException {
    String name =
        "digest-" + day + "-" + DocumentIds.forUrl(subscription.recipient()).substring(0, 8);
    try {
      Path file =
          outbox.put(
              name, DigestMail.compose(day, alerts, documents, from, subscription.recipient()));
      delivery.queued(file);
      delivery.wake();
      return file;
    } catch (MessagingException e) {
      throw new IOException(
          "cannot write the digest of " + day + " to " + subscription.recipient(), e);
    }
  }

  /**
   * Calls {@code listener} with the alert id of each message the SMTP server accepts, on the
   * delivery thread, the moment it does (digests report {@code null}): how the latency bench times
   * delivery.
   */
  public void onAccepted(java.util.function.Consumer<String> listener) {
    delivery.onAccepted(listener);
  }

  /** Sends what a previous run left in the outbox, in the background. */
  void flushLater() {
    delivery.wake();
  }

  /** Sends what waits in the outbox now, on the caller's thread; the count sent. */
  public int flush() {
    return delivery.flush();
  }

  @Override
  public void close() {
    delivery.close();
  }
}
