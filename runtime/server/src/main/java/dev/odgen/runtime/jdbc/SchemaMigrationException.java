package dev.odgen.runtime.jdbc;

/**
 * A migration failed part way. The message names the statement that failed and the database's reason, then
 * what was undone and what, if anything, stays applied (DDL commits on MariaDB and H2, so undoing is done by
 * further statements).
 */
public final class SchemaMigrationException extends SchemaMismatchException {
  private static final long serialVersionUID = 1L;

  public SchemaMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
