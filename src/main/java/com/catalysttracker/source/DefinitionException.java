package com.catalysttracker.source;

import java.nio.file.Path;

/**
 * A crawler definition is invalid. The message reads {@code file:line:column: field: problem} (line
 * and column 1-based) so that whoever edits the file finds the place without reading code.
 */
public final class DefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  public DefinitionException(Path file, int line, int column, String field, String problem) {
    super(
        file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /**
   * The dotted path of the offending key, e.g. {@code lists[0].paging.max-pages}; empty for the
   * whole file.
   */
  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
