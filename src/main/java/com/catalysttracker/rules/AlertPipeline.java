package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.document.Document;
import com.catalysttracker.mail.AlertMailer;
import java.io.IOException;
import java.util.List;

/**
 * What the crawler calls for each extracted document: run the rules, store the alerts that are not
 * duplicates, and queue their email. Returns the evaluation, whose themes belong in the document's
 * {@code themes} field.
 */
public final class AlertPipeline {
  private final RuleEngine engine;
  private final AlertStore store;
  private final AlertMailer mailer;

  public AlertPipeline(RuleEngine engine, AlertStore store, AlertMailer mailer) {
    this.engine = engine;
    this.store = store;
    this.mailer = mailer;
  }

  /**
   * Evaluates {@code document}; returns its themes and the alerts newly stored (duplicates left
   * out).
   */
  public Evaluation process(Document document) throws IOException {
    Evaluation evaluation = evaluate(document);
    return new Evaluation(evaluation.themes(), deliver(document, evaluation.alerts()));
  }

  /** The rules' verdict on {@code document}, nothing stored or sent. */
  public Evaluation evaluate(Document document) throws IOException {
    return engine.evaluate(document);
  }

  /**
   * Stores the alerts that are not duplicates and queues their email; call it once the document
   * they cite is indexed, so no alert ever points at a document the index lacks.
   */
  public List<Alert> deliver(Document document, List<Alert> alerts) throws IOException {
    List<Alert> stored = store.record(alerts);
    mailer.send(stored, List.of(document));
    return stored;
  }
}
