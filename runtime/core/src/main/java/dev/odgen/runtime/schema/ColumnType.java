package dev.odgen.runtime.schema;

/**
 * The kinds of column generated tables use, named for what they hold; {@link Dialect} turns each
 * into the database's type. Follows the spec's field types.
 */
public enum ColumnType {
  /** The primary key: bigint auto_increment. */
  ID,
  /** A reference to another table's id: bigint, indexed by default. */
  REF,
  LONG,
  INT,
  /** 0 to 255 (tinyint unsigned). */
  BYTE,
  /** -128 to 127 (tinyint). */
  SIGNED_BYTE,
  /** varchar of the column's length. */
  STRING,
  /** Long text. */
  TEXT,
  /** Money, stored as double (rounded to cents when written). */
  MONEY,
  DOUBLE,
  FLOAT,
  /** tinyint 0/1. */
  BOOL,
  DATE,
  DATE_TIME,
  TIME,
  /** A timestamp the database sets on insert and update. */
  TIMESTAMP,
  /** An enum stored as its stored value (tinyint). */
  ENUM_ORDINAL,
  /** An enum stored as its name (varchar). */
  ENUM_NAME,
  /** An ARGB colour (int). */
  COLOR
}
