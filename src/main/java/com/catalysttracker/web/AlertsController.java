package com.catalysttracker.web;

import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts the rules raised, newest first, and their acknowledgement. */
@RestController
@RequestMapping("/api/alerts")
class AlertsController {
  private static final int MAX_SIZE = 500;

  private final ObjectProvider<AlertQueries> alerts;

  AlertsController(ObjectProvider<AlertQueries> alerts) {
    this.alerts = alerts;
  }

  @GetMapping
  ObjectNode list(
      @RequestParam(name = "theme", defaultValue = "") String theme,
      @RequestParam(name = "severity", defaultValue = "") String severity,
      @RequestParam(name = "unacknowledged", defaultValue = "false") boolean unacknowledged,
      @RequestParam(name = "size", defaultValue = "100") int size)
      throws IOException {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size " + size + " must be between 1 and " + MAX_SIZE);
    }
    List<String> severities = split(severity);
    for (String s : severities) {
      if (!List.of("high", "medium", "low").contains(s)) {
        throw new IllegalArgumentException("severity=" + s + ": use high, medium or low");
      }
    }
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    var list = json.putArray("alerts");
    alerts
        .getObject()
        .list(new AlertQueries.AlertFilter(split(theme), severities, unacknowledged, size))
        .forEach(list::add);
    return json;
  }

  @PostMapping("/{id}/acknowledge")
  ResponseEntity<ObjectNode> acknowledge(@PathVariable("id") String id) throws IOException {
    if (!alerts.getObject().acknowledge(id)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(JsonViews.error("no alert with id '" + id + "'"));
    }
    return ResponseEntity.ok(
        DocumentJson.mapper().createObjectNode().put("id", id).put("acknowledged", true));
  }

  private static List<String> split(String values) {
    return Arrays.stream(values.split("[,，]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
