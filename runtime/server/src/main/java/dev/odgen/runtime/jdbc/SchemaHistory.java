package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The table in which the {@code migrate} policy records every statement it ran: one row per statement, with
 * when and why. Created the first time something is recorded.
 */
final class SchemaHistory {
  static final TableDef TABLE = TableDef.of(SchemaManager.HISTORY_TABLE,
      Column.id("Id"),
      Column.of("AppliedAt", ColumnType.DATE_TIME),
      Column.string("Description", 255),
      Column.of("Statement", ColumnType.TEXT));

  private SchemaHistory() {}

  /** Records the statements of {@code steps}, creating the history table first when it is missing. */
  static void record(Connection c, ExistingSchema schema, Dialect dialect, List<SchemaPlan.Step> steps)
      throws SQLException {
    if (!schema.hasTable(TABLE.name())) {
      for (String ddl : dialect.createTable(TABLE)) {
        SchemaManager.execute(c, ddl);
      }
    }
    String insert = "INSERT INTO " + dialect.quote(TABLE.name()) + " (" + dialect.quote("AppliedAt") + ", "
        + dialect.quote("Description") + ", " + dialect.quote("Statement") + ") VALUES (" + dialect.currentTimestamp()
        + ", ?, ?)";
    try (PreparedStatement st = c.prepareStatement(insert)) {
      for (SchemaPlan.Step step : steps) {
        for (String statement : step.statements()) {
          st.setString(1, step.description().length() > 255 ? step.description().substring(0, 255)
              : step.description());
          st.setString(2, statement);
          st.addBatch();
        }
      }
      st.executeBatch();
    } catch (SQLException e) {
      throw Db.translate(insert, e);
    }
  }
}
