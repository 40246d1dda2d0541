package com.catalysttracker.index;

/** A file under index-config/ is invalid or was refused by Elasticsearch; names the file. */
public class IndexConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexConfigException(String message) {
    super(message);
  }

  public IndexConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
