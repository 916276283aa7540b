package dev.odgen.samples.app.money;

import dev.odgen.runtime.jdbc.Db;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets columns of one row by name. The generated patches carry only what the API's PUT may change; actions such
 * as closing a plan or marking a claim sent change columns no patch has, so they go through this.
 */
public final class ColumnUpdate {
  private final Db db;
  private final String table;
  private final String idColumn;
  private final Map<String, Object> values = new LinkedHashMap<>();

  private ColumnUpdate(Db db, String table, String idColumn) {
    this.db = db;
    this.table = table;
    this.idColumn = idColumn;
  }

  public static ColumnUpdate of(Db db, String table, String idColumn) {
    return new ColumnUpdate(db, table, idColumn);
  }

  /** Sets {@code column} to {@code value} (bound as the JDBC layer binds DAO values). */
  public ColumnUpdate set(String column, Object value) {
    values.put(column, value);
    return this;
  }

  /** Runs the update on row {@code id}; true when the row exists. */
  public boolean on(long id) {
    if (values.isEmpty()) {
      return true;
    }
    var q = db.dialect();
    StringBuilder sql = new StringBuilder("UPDATE ").append(q.quote(table)).append(" SET ");
    List<Object> params = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (!params.isEmpty()) {
        sql.append(", ");
      }
      sql.append(q.quote(e.getKey())).append(" = ?");
      params.add(e.getValue());
    }
    sql.append(" WHERE ").append(q.quote(idColumn)).append(" = ?");
    params.add(id);
    return db.update(sql.toString(), params) > 0;
  }
}
