package dev.odgen.spec.model;

/** Values the server fills in by itself when a row is written. */
public enum Auto {
  /** Nothing automatic. */
  NONE,
  /** Set to now on insert and never changed afterwards (Open Dental's DateEntry / DateTEntry). */
  INSERT,
  /** Set to now on insert when the body leaves it out; updatable (DateTEntryEditable). */
  INSERT_EDITABLE
}
