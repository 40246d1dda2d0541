package com.catalysttracker.elasticsearch;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a node that could not start into Spring Boot's short "APPLICATION FAILED TO START" report
 * instead of a page of stack trace: the message already names the cause and the fix (a data
 * directory `nobody` cannot enter, a port taken, no JDK…), and that is all a user needs to read.
 */
class EmbeddedElasticsearchFailureAnalyzer
    extends AbstractFailureAnalyzer<EmbeddedElasticsearchException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedElasticsearchException cause) {
    return new FailureAnalysis(
        "The embedded Elasticsearch could not be started: " + cause.getMessage(),
        "Change what the description names, then start again (the settings are listed in README.md under"
            + " Configuration; catalyst.elasticsearch.mode=external uses a cluster you run yourself).",
        cause);
  }
}
