package dev.odgen.samples.app.events;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Where;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Changed rows of a resource whose generated list has no changed-since filter: the ids come from a query on the
 * change stamp, each row from the DAO's findById, so it is exactly what the resource's GET by id answers.
 */
final class ChangedIds<T> implements WatchedTable.ChangedRows<T> {
  private final Db db;
  private final String table;
  private final String idColumn;
  private final String stampColumn;
  private final LongFunction<Optional<T>> findById;

  ChangedIds(Db db, String table, String idColumn, String stampColumn, LongFunction<Optional<T>> findById) {
    this.db = db;
    this.table = table;
    this.idColumn = idColumn;
    this.stampColumn = stampColumn;
    this.findById = findById;
  }

  @Override
  public List<T> read(LocalDateTime since, long offset, int limit) {
    Where where = new Where(db.dialect()).changedSince(stampColumn, since);
    String id = db.dialect().quote(idColumn);
    List<Long> ids = db.query("SELECT " + id + " FROM " + db.dialect().quote(table) + where.sql() + " ORDER BY " + id
        + db.dialect().limitOffset(), where.paramsWith(limit, offset), rs -> rs.getLong(1));
    // a row deleted between the two reads is left out: there is nothing left to send
    return ids.stream().map(findById::apply).flatMap(Optional::stream).toList();
  }
}
