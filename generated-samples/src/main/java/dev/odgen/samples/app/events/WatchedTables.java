package dev.odgen.samples.app.events;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.opendental.dao.AppointmentFilter;
import dev.odgen.samples.opendental.dao.PatFieldFilter;
import dev.odgen.samples.opendental.dao.ProviderFilter;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The WatchTable values this server can poll, read through the server's own DAOs (so rows come out exactly as the
 * API answers them), and why the others cannot be.
 */
final class WatchedTables {
  /** Open Dental's WatchTable values this server cannot poll, with the reason. */
  private static final Map<String, String> UNSUPPORTED = Map.of(
      "appointmentdeleted", "needs a record of deleted appointments, which this server does not keep",
      "operatory", "this server's operatory table has no DateTStamp (the spec does not model one)");

  private final Map<String, WatchedTable> byName = new LinkedHashMap<>();

  private WatchedTables() {
  }

  /** The tables of {@code server}: those whose list filters by DateTStamp through it, the others by id. */
  static WatchedTables of(OpenDentalServer server) {
    Db db = server.daos().db();
    WatchedTables tables = new WatchedTables();
    tables.add(WatchedTable.of("Appointment",
        (since, offset, limit) -> server.daos().appointments().list(
            new AppointmentFilter(null, null, null, null, null, null, null, since, null), offset, limit),
        (w, row) -> row.writeJson(w)));
    tables.add(WatchedTable.of("Patient",
        new ChangedIds<>(db, "patient", "PatNum", "DateTStamp", server.daos().patients()::findById),
        (w, row) -> row.writeJson(w)));
    tables.add(WatchedTable.of("PatField",
        (since, offset, limit) -> server.daos().patFields().list(new PatFieldFilter(null, null, since), offset, limit),
        (w, row) -> row.writeJson(w)));
    tables.add(WatchedTable.of("Provider",
        (since, offset, limit) -> server.daos().providers().list(new ProviderFilter(null, since), offset, limit),
        (w, row) -> row.writeJson(w)));
    tables.add(WatchedTable.of("Schedule",
        new ChangedIds<>(db, "schedule", "ScheduleNum", "DateTStamp", server.daos().schedules()::findById),
        (w, row) -> row.writeJson(w)));
    // the API has no GET by id for ToothInitials: rows are written as its list writes them
    tables.add(WatchedTable.of("ToothInitial",
        new ChangedIds<>(db, "toothinitial", "ToothInitialNum", "SecDateTEdit", server.daos().toothInitials()::findById),
        (w, row) -> row.writeJson(w)));
    return tables;
  }

  private void add(WatchedTable table) {
    byName.put(key(table.name()), table);
  }

  /** The table a subscription's WatchTable names (any case), or empty when this server cannot poll it. */
  Optional<WatchedTable> find(String watchTable) {
    return Optional.ofNullable(byName.get(key(watchTable)));
  }

  /** Why {@code watchTable} cannot be polled, for the log. */
  String whyNot(String watchTable) {
    String reason = UNSUPPORTED.get(key(watchTable));
    return reason != null ? reason : "not a table Database Events watch here (" + String.join(", ", names()) + ")";
  }

  Collection<String> names() {
    return byName.values().stream().map(WatchedTable::name).toList();
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
