package com.catalysttracker.enrich;

import java.nio.file.Path;

/**
 * A reference file is missing or malformed. The message starts with {@code file:line:} (line
 * 1-based, when known) and says what to change, so whoever edits the file can fix it without
 * reading code.
 */
public final class ReferenceDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ReferenceDataException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }

  ReferenceDataException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
