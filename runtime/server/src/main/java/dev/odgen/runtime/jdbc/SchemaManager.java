package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the tables generated code needs, as a {@link SchemaPolicy} allows: {@code validate}
 * creates missing tables and refuses existing ones that lack columns or have them too narrow; {@code migrate}
 * also adds and widens, logging each statement on the logger {@code odgen.schema} and recording it in {@value
 * #HISTORY_TABLE}; {@code none} does nothing. No policy drops, narrows or writes rows of the application's
 * tables. Names are compared ignoring case, as MariaDB does.
 *
 * <p>On MariaDB the work runs under a named lock, so that servers starting together on one database take turns
 * instead of adding the same column twice.
 */
public final class SchemaManager {
  /** Where {@link SchemaPolicy#MIGRATE} records what it ran. */
  public static final String HISTORY_TABLE = "odgen_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger("odgen.schema");
  private static final int LOCK_SECONDS = 60;

  private final Db db;
  private final Dialect dialect;

  public SchemaManager(DataSource dataSource, Dialect dialect) {
    this(new Db(dataSource, dialect));
  }

  /** Works through {@code db}: its pool, or the connection of its transaction. */
  public SchemaManager(Db db) {
    this.db = db;
    this.dialect = db.dialect();
  }

  /**
   * What {@link #apply} did.
   *
   * @param created the tables created
   * @param existing the tables already there
   * @param applied every statement run, in order (creations included)
   */
  public record Result(List<String> created, List<String> existing, List<String> applied) {
    public Result {
      created = List.copyOf(created);
      existing = List.copyOf(existing);
      applied = List.copyOf(applied);
    }

    public Result(List<String> created, List<String> existing) {
      this(created, existing, List.of());
    }
  }

  /** {@link #apply} with {@link SchemaPolicy#VALIDATE}. */
  public Result ensure(List<TableDef> tables) {
    return apply(SchemaPolicy.VALIDATE, tables);
  }

  /**
   * Applies {@code policy} to {@code tables}; missing tables get their FOREIGN KEY constraints once every table
   * exists.
   *
   * @throws SchemaMismatchException when the policy refuses the database; nothing was changed then. The message
   *     has a line per table and column (e.g. {@code table 'patient' has no column 'Birthdate' (date)}), and the
   *     statements or the way that fix it
   * @throws SchemaMigrationException when a statement of {@code migrate} failed; what was undone and what stays
   *     applied is in the message
   * @throws DataAccessException when the database cannot be read or refuses a statement
   */
  public Result apply(SchemaPolicy policy, List<TableDef> tables) {
    if (policy == SchemaPolicy.NONE) {
      return new Result(List.of(), List.of(), List.of());
    }
    return db.withConnection("(schema " + policy.optionName() + ")", c -> {
      boolean locked = lock(c);
      try {
        return apply(c, policy, tables);
      } finally {
        if (locked) {
          unlock(c);
        }
      }
    });
  }

  private Result apply(Connection c, SchemaPolicy policy, List<TableDef> tables) throws SQLException {
    ExistingSchema schema = ExistingSchema.read(c);
    SchemaPlan plan = SchemaPlan.of(schema, tables, dialect);
    if (!plan.conflicts().isEmpty()) {
      throw new SchemaMismatchException(SchemaMessages.conflicts(plan));
    }
    if (policy == SchemaPolicy.VALIDATE && !plan.alterations().isEmpty()) {
      throw new SchemaMismatchException(SchemaMessages.validateRefusal(plan));
    }
    List<SchemaPlan.Step> steps = policy == SchemaPolicy.MIGRATE ? plan.all() : plan.creations();
    List<String> applied = new MigrationRun(c, policy == SchemaPolicy.MIGRATE).run(steps);
    if (policy == SchemaPolicy.MIGRATE && !steps.isEmpty()) {
      SchemaHistory.record(c, schema, dialect, steps);
    }
    return new Result(plan.missing(), plan.existing(), applied);
  }

  /** Runs one statement, turning its failure into a {@link DataAccessException} that carries it. */
  static void execute(Connection c, String sql) {
    try (var st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw Db.translate(sql, e);
    }
  }

  /** Runs steps in order; when one fails, undoes the earlier ones in reverse and says what stays. */
  private static final class MigrationRun {
    private final Connection connection;
    private final boolean logged;

    MigrationRun(Connection connection, boolean logged) {
      this.connection = connection;
      this.logged = logged;
    }

    List<String> run(List<SchemaPlan.Step> steps) {
      List<String> applied = new ArrayList<>();
      List<SchemaPlan.Step> done = new ArrayList<>();
      for (SchemaPlan.Step step : steps) {
        List<String> ranOfStep = new ArrayList<>();
        for (String statement : step.statements()) {
          try {
            execute(connection, statement);
          } catch (DataAccessException e) {
            done.add(new SchemaPlan.Step(step.description(), ranOfStep, ranOfStep.isEmpty() ? List.of()
                : step.undo()));
            throw failed(statement, e, done);
          }
          ranOfStep.add(statement);
          applied.add(statement);
          if (logged) {
            LOG.info("schema: {}", statement);
          }
        }
        done.add(step);
      }
      return applied;
    }

    private SchemaMigrationException failed(String statement, DataAccessException cause,
        List<SchemaPlan.Step> done) {
      List<String> undone = new ArrayList<>();
      List<String> stillApplied = new ArrayList<>();
      for (int i = done.size() - 1; i >= 0; i--) {
        SchemaPlan.Step step = done.get(i);
        if (step.statements().isEmpty()) {
          continue;
        }
        if (step.undo().isEmpty()) {
          stillApplied.addAll(step.statements());
          continue;
        }
        try {
          for (String undo : step.undo()) {
            execute(connection, undo);
            undone.add(undo);
          }
        } catch (DataAccessException e) {
          stillApplied.addAll(step.statements());
          LOG.warn("schema: could not undo '{}': {}", step.description(), e.getMessage());
        }
      }
      return new SchemaMigrationException(SchemaMessages.failure(statement, cause, undone, stillApplied), cause);
    }
  }

  /** Takes MariaDB's named lock for this database; false on H2, where one process owns the database. */
  private boolean lock(Connection c) throws SQLException {
    if (dialect != Dialect.MARIADB) {
      return false;
    }
    try (PreparedStatement st = c.prepareStatement("SELECT GET_LOCK(CONCAT('odgen_schema.', DATABASE()), ?)")) {
      st.setInt(1, LOCK_SECONDS);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next() || rs.getInt(1) != 1) {
          throw new DataAccessException("another server held the schema lock of this database for more than "
              + LOCK_SECONDS + " s: is a migration stuck?");
        }
      }
    }
    return true;
  }

  private static void unlock(Connection c) {
    try (var st = c.createStatement()) {
      st.execute("SELECT RELEASE_LOCK(CONCAT('odgen_schema.', DATABASE()))");
    } catch (SQLException e) {
      LOG.warn("schema: could not release the schema lock: {}", e.getMessage());
    }
  }
}
