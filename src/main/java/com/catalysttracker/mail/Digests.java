package com.catalysttracker.mail;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.DocumentIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a digest job does at a subscriber's time: the alerts of the 24 hours before, in the
 * subscriber's themes and below their immediate threshold, with the documents they cite, queued as
 * one message through the outbox. A quiet day sends nothing.
 */
public final class Digests {
  /** Analysts read the digest on China's working day, as the sites publish on it. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** More alerts than this in one day below the threshold would make an unreadable mail anyway. */
  private static final int MAX_ALERTS = 500;

  private final AlertMailer mailer;
  private final Supplier<AlertStore> store;
  private final Supplier<DocumentIndex> documents;

  public Digests(AlertMailer mailer, AlertStore store, DocumentIndex documents) {
    this(mailer, () -> store, () -> documents);
  }

  /**
   * Store and index looked up when a digest is sent, so the service schedules digests before
   * Elasticsearch is up.
   */
  public Digests(
      AlertMailer mailer, Supplier<AlertStore> store, Supplier<DocumentIndex> documents) {
    this.mailer = mailer;
    this.store = store;
    this.documents = documents;
  }

  /**
   * Queues {@code recipient}'s digest for the day ending at {@code at}; empty when there is nothing
   * to send.
   */
  public Optional<Path> send(String recipient, Instant at) throws IOException {
    Optional<Subscription> subscription = mailer.digestSubscription(recipient);
    if (subscription.isEmpty()) {
      return Optional.empty();
    }
    List<Alert> alerts =
        store.get().between(at.minus(Duration.ofDays(1)), at, MAX_ALERTS).stream()
            .filter(subscription.get()::wantsInDigest)
            .toList();
    if (alerts.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new TreeSet<>();
    alerts.forEach(a -> ids.addAll(a.documentIds()));
    List<Document> cited = new ArrayList<>();
    for (String id : ids) {
      documents.get().get(id).ifPresent(cited::add);
    }
    return Optional.of(
        mailer.sendDigest(subscription.get(), LocalDate.ofInstant(at, ZONE), alerts, cited));
  }

  /**
   * The recipients who asked for a digest and their times: what the schedule keeps in step with.
   */
  List<Subscription> subscriptions() {
    return mailer.digestSubscriptions();
  }
}
