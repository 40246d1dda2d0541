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

  /** Evaluates {@code document}; returns its themes and the alerts newly stored (duplicates left out). */
  public Evaluation process(Document document) throws IOException {
    Evaluation evaluation = engine.evaluate(document);
    List<Alert> stored = store.record(evaluation.alerts());
    mailer.send(stored, List.of(document));
    return new Evaluation(evaluation.themes(), stored);
  }
}
