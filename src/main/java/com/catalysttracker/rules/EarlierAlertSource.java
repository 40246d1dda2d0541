package com.catalysttracker.rules;

import com.catalysttracker.document.Document;
import java.io.IOException;
import java.util.List;

/**
 * Finds the alerts a project already raised; the index-backed one is {@link IndexedEarlierAlerts}.
 */
public interface EarlierAlertSource {
  /** Nothing looked up: backtests and the analysts' rule tests of single documents. */
  EarlierAlertSource NONE = document -> List.of();

  /** The alerts earlier notices of {@code document}'s project raised, one fact per theme. */
  List<EarlierAlerts> earlierAlertsOf(Document document) throws IOException;
}
