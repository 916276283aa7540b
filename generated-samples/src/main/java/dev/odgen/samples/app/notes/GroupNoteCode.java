package dev.odgen.samples.app.notes;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import java.util.List;
import java.util.Optional;

/** The office's procedure code {@code ~GRP~}, which marks a procedure as a group note. */
final class GroupNoteCode {
  static final String PROC_CODE = "~GRP~";

  private final Db db;

  GroupNoteCode(Db db) {
    this.db = db;
  }

  /** Its CodeNum, if the office has the code. */
  Optional<Long> find() {
    Where where = new Where(db.dialect()).equalTo("ProcCode", PROC_CODE);
    return db.query("SELECT " + db.dialect().quote("CodeNum") + " FROM " + db.dialect().quote("procedurecode")
        + where.sql() + " ORDER BY " + db.dialect().quote("CodeNum"), where.params(), rs -> rs.getLong(1))
        .stream().findFirst();
  }

  /** Its CodeNum; 400 when the office has no such code, as nothing could mark the new procedure as a group note. */
  long require() {
    return find().orElseThrow(() -> new BadRequestException("the office has no procedure code " + PROC_CODE
        + " (Group Note), which a group note needs; add it to the procedure codes first"));
  }

  static boolean marks(ProcedureLog procedure) {
    return PROC_CODE.equals(procedure.procCode());
  }
}
