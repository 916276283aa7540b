package dev.odgen.runtime.jdbc;

/**
 * An existing table lacks columns the generated code needs. odgen never alters or drops existing
 * tables, so the operator must fix the database (or point the server at another one).
 */
public final class SchemaMismatchException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public SchemaMismatchException(String message) {
    super(message);
  }
}
