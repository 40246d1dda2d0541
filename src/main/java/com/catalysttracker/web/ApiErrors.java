package com.catalysttracker.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input answers 400 naming the parameter; an unreachable index answers 503 (retry later). */
@RestControllerAdvice(
    assignableTypes = {DocumentsController.class, AlertsController.class, SourcesController.class})
class ApiErrors {
  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ObjectNode> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(JsonViews.error(String.valueOf(e.getMessage())));
  }

  /**
   * A request Elasticsearch refuses (e.g. a cursor whose values do not fit the sort) is the
   * caller's to fix.
   */
  @ExceptionHandler(ElasticsearchException.class)
  ResponseEntity<ObjectNode> refused(ElasticsearchException e) {
    if (e.status() >= 400 && e.status() < 500) {
      return ResponseEntity.badRequest()
          .body(JsonViews.error("Elasticsearch refused the request: " + e.getMessage()));
    }
    log.warn("Elasticsearch failed while answering the API", e);
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
        .body(JsonViews.error("Elasticsearch failed (" + e.getMessage() + "); try again shortly"));
  }

  @ExceptionHandler(IOException.class)
  ResponseEntity<ObjectNode> unavailable(IOException e) {
    log.warn("Elasticsearch unreachable while answering the API", e);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .body(
            JsonViews.error(
                "Elasticsearch is unreachable (" + e.getMessage() + "); try again shortly"));
  }
}
