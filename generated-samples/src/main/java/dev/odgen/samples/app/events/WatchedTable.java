package dev.odgen.samples.app.events;

import dev.odgen.runtime.wire.ItemWriter;
import dev.odgen.runtime.wire.WireWriter;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.time.LocalDateTime;
import java.util.List;

/** One table Database Events can watch: its rows changed since a time, a page at a time, as the event's JSON. */
interface WatchedTable {
  /** The WatchTable value, e.g. {@code Patient}. */
  String name();

  /**
   * The rows whose change stamp is at or after {@code since}, in id order, skipping {@code offset} and at most
   * {@code limit}, written as the JSON array the event carries.
   */
  Batch changedSince(LocalDateTime since, long offset, int limit);

  /** One page of changed rows: how many, and the JSON array of them. */
  record Batch(int rows, byte[] json) {
    boolean isEmpty() {
      return rows == 0;
    }
  }

  /** A page of changed rows of one entity type. */
  @FunctionalInterface
  interface ChangedRows<T> {
    List<T> read(LocalDateTime since, long offset, int limit);
  }

  /**
   * A table whose rows are written by {@code writer} (the entity's own writeJson, as the resource's GET writes them)
   * in the API's default output formats.
   */
  static <T> WatchedTable of(String name, ChangedRows<T> rows, ItemWriter<T> writer) {
    return new WatchedTable() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Batch changedSince(LocalDateTime since, long offset, int limit) {
        List<T> page = rows.read(since, offset, limit);
        if (page.isEmpty()) {
          return new Batch(0, new byte[0]);
        }
        return new Batch(page.size(),
            WireWriter.toBytes(OpenDentalServer.WIRE.formats(), w -> w.listValue(page, writer)));
      }
    };
  }
}
