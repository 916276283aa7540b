/**
 * The one definition of tables shared by the generator and the server: the kinds of column
 * ({@link dev.odgen.runtime.schema.ColumnType}), columns and tables as data, and what differs
 * between H2 and MariaDB/MySQL ({@link dev.odgen.runtime.schema.Dialect}): quoting, matching,
 * paging, column types and DDL. The generator writes its SQL scripts with it; the server creates
 * and checks tables with it.
 */
package dev.odgen.runtime.schema;
