package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import java.util.List;

/**
 * What the rules made of one document: the themes it belongs to and the alerts it raises (not yet
 * de-duplicated).
 */
public record Evaluation(List<String> themes, List<Alert> alerts) {
  public Evaluation {
    themes = List.copyOf(themes);
    alerts = List.copyOf(alerts);
  }
}
