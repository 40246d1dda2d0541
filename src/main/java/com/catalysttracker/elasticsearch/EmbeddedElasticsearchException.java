package com.catalysttracker.elasticsearch;

/** The embedded node could not be started; the message says why and what to change. */
public class EmbeddedElasticsearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddedElasticsearchException(String message) {
    super(message);
  }

  public EmbeddedElasticsearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
