package dev.odgen.samples.app.notes;

import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcNoteFilter;
import dev.odgen.samples.opendental.entity.ProcNote;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The procnote rows of one procedure. Notes are never edited: each change is a new row, and the newest row (latest
 * EntryDateTime, then highest ProcNoteNum) is the procedure's note.
 */
public final class ProcNoteHistory {
  /** What goes between the current note and the new text when a note is appended to. */
  static final String APPEND_SEPARATOR = "\r\n\r\n";

  private final OpenDentalDaos daos;

  public ProcNoteHistory(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** The procedure's current note, if it has one. */
  public Optional<ProcNote> latest(long patNum, long procNum) {
    return all(patNum, procNum).stream()
        .max(Comparator.comparing(ProcNote::entryDateTime).thenComparingLong(ProcNote::procNoteNum));
  }

  /** {@code text} with the procedure's current note and a blank line in front; {@code text} alone without one. */
  public String appendedTo(long patNum, long procNum, String text) {
    return latest(patNum, procNum).map(n -> n.note() + APPEND_SEPARATOR + text).orElse(text);
  }

  /** Adds a note row (the procedure's new note); {@code signature} blank for an unsigned note. Returns its id. */
  public long add(long patNum, long procNum, LocalDateTime at, String note, String signature) {
    return daos.procNotes().insert(new ProcNote(0, patNum, procNum, at, 0, note, false, signature, null));
  }

  /** Removes every note row of the procedure; returns how many there were. */
  public int removeAll(long patNum, long procNum) {
    List<ProcNote> notes = all(patNum, procNum);
    notes.forEach(n -> daos.procNotes().delete(n.procNoteNum()));
    return notes.size();
  }

  private List<ProcNote> all(long patNum, long procNum) {
    return Pages.all((offset, limit) -> daos.procNotes().list(new ProcNoteFilter(patNum, procNum), offset, limit));
  }
}
