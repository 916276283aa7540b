package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The database a generated server runs on: a data source, its dialect, and, when this class opened the pool
 * itself, the pool to close. A server facade makes one from its settings; an application that shares its own
 * pool passes it in and keeps closing it itself.
 *
 * <pre>{@code
 * try (Database database = Database.open("jdbc:mariadb://127.0.0.1:3306/dental", "root", "")) {
 *   database.ensureTables(OpenDentalSchema.TABLES);
 *   OpenDentalDaos daos = OpenDentalDaos.builder(database.db()).build();
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {
  private final DataSource dataSource;
  private final Db db;
  private final AutoCloseable ownedPool;

  private Database(DataSource dataSource, Dialect dialect, AutoCloseable ownedPool) {
    this.dataSource = dataSource;
    this.db = new Db(dataSource, dialect);
    this.ownedPool = ownedPool;
  }

  /**
   * A pool for {@code jdbcUrl} ({@code jdbc:h2:...}, {@code jdbc:mariadb:...}, {@code jdbc:mysql:...}), closed
   * with this database. The pool starts even when the database is down; calls then fail with
   * {@link DatabaseUnavailableException} until it answers.
   *
   * @throws IllegalArgumentException for an unsupported URL
   */
  public static Database open(String jdbcUrl, String user, String password) {
    Dialect dialect = Dialect.forUrl(jdbcUrl);
    var pool = DataSources.forUrl(jdbcUrl, user, password);
    return new Database(pool, dialect, pool);
  }

  /** An H2 database in {@code file} (H2 adds {@code .mv.db}), created when missing; the embedded default. */
  public static Database h2File(Path file) {
    var pool = DataSources.h2File(file);
    return new Database(pool, Dialect.H2, pool);
  }

  /**
   * A data source the application manages (it stays open when this closes), with the dialect its connections'
   * URL names.
   *
   * @throws DataAccessException when no connection can be had to read the URL
   */
  public static Database over(DataSource dataSource) {
    return over(dataSource, dialectOf(dataSource));
  }

  /** A data source the application manages (it stays open when this closes), in {@code dialect}. */
  public static Database over(DataSource dataSource, Dialect dialect) {
    return new Database(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(dialect, "dialect"),
        null);
  }

  /** Runs statements on this database. */
  public Db db() {
    return db;
  }

  public Dialect dialect() {
    return db.dialect();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Creates the tables the database lacks and checks that the existing ones have every column.
   *
   * @throws SchemaMismatchException when an existing table lacks columns (nothing is created then)
   * @throws DataAccessException when the database refuses a statement or cannot be reached
   */
  public SchemaManager.Result ensureTables(List<TableDef> tables) {
    return new SchemaManager(db).ensure(tables);
  }

  /**
   * Brings the database to {@code tables} as {@code policy} allows (see {@link SchemaManager#apply}).
   *
   * @throws SchemaMismatchException when the policy refuses the database (nothing changed then)
   * @throws SchemaMigrationException when a migration statement failed (the message says what stays applied)
   * @throws DataAccessException when the database refuses a statement or cannot be reached
   */
  public SchemaManager.Result applySchema(SchemaPolicy policy, List<TableDef> tables) {
    return new SchemaManager(db).apply(policy, tables);
  }

  /** Closes the pool when this database opened it; a data source passed in stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      try {
        ownedPool.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the database pool failed: " + e.getMessage(), e);
      }
    }
  }

  private static Dialect dialectOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.forUrl(connection.getMetaData().getURL());
    } catch (SQLException e) {
      throw Db.translate("(reading the database URL)", e);
    }
  }
}
