package dev.odgen.runtime.jdbc;

/**
 * The database does not have the tables the generated code needs, in a way the schema policy does not fix:
 * under {@code validate} an existing table lacks a column or has one too narrow; under {@code migrate} a column
 * holds another kind of value than the spec needs. The message names each table and column, both types where
 * they differ, and the way out.
 */
public class SchemaMismatchException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public SchemaMismatchException(String message) {
    super(message);
  }

  public SchemaMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
