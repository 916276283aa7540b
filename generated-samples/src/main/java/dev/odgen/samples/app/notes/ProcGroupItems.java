package dev.odgen.samples.app.notes;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import java.util.List;

/**
 * The application-owned procgroupitem table (see the package comment): which procedures a group note covers. Works
 * through the {@link Db} it is given, so inside a transaction its writes are part of it.
 */
public final class ProcGroupItems {
  static final String TABLE = "procgroupitem";

  private final Db db;
  private final Dialect dialect;

  public ProcGroupItems(Db db) {
    this.db = db;
    this.dialect = db.dialect();
  }

  /** Creates the table and its indexes when they are missing; leaves an existing table (Open Dental's) alone. */
  public void createIfMissing() {
    db.update("CREATE TABLE IF NOT EXISTS " + q(TABLE) + " ("
        + q("ProcGroupItemNum") + " BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
        + q("ProcNum") + " BIGINT NOT NULL DEFAULT 0, "
        + q("GroupNum") + " BIGINT NOT NULL DEFAULT 0)", List.of());
    // index names are per table on MariaDB but per schema on H2, hence the table in the name
    for (String column : List.of("ProcNum", "GroupNum")) {
      db.update("CREATE INDEX IF NOT EXISTS " + q(TABLE + "_" + column) + " ON " + q(TABLE) + " (" + q(column)
          + ")", List.of());
    }
  }

  /** Ties procedure {@code procNum} to the group note {@code groupNum}. */
  public void add(long groupNum, long procNum) {
    db.insert("INSERT INTO " + q(TABLE) + " (" + q("ProcNum") + ", " + q("GroupNum") + ") VALUES (?, ?)",
        List.of(procNum, groupNum));
  }

  /** The procedures of group note {@code groupNum}, in the order they were added. */
  public List<Long> procNums(long groupNum) {
    return db.query("SELECT " + q("ProcNum") + " FROM " + q(TABLE) + " WHERE " + q("GroupNum") + " = ? ORDER BY "
        + q("ProcGroupItemNum"), List.of(groupNum), rs -> rs.getLong(1));
  }

  /** Removes every row of group note {@code groupNum}; returns how many there were. */
  public int removeGroup(long groupNum) {
    return db.update("DELETE FROM " + q(TABLE) + " WHERE " + q("GroupNum") + " = ?", List.of(groupNum));
  }

  private String q(String name) {
    return dialect.quote(name);
  }
}
