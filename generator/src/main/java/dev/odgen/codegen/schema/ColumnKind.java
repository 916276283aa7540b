package dev.odgen.codegen.schema;

/**
 * The kinds of column, named exactly like the runtime's {@code dev.odgen.runtime.jdbc.ColumnType} so the
 * schema class can refer to them by name; the SQL of each follows the runtime's {@code Dialect}.
 */
enum ColumnKind {
  ID,
  REF,
  LONG,
  INT,
  BYTE,
  SIGNED_BYTE,
  STRING,
  TEXT,
  MONEY,
  DOUBLE,
  FLOAT,
  BOOL,
  DATE,
  DATE_TIME,
  TIME,
  TIMESTAMP,
  ENUM_ORDINAL,
  ENUM_NAME,
  COLOR
}
