/**
 * Database access for generated DAOs: prepared statements over a pooled {@link
 * javax.sql.DataSource}, list filters, row reading and table creation, for H2 (MySQL mode) and
 * MariaDB/MySQL.
 *
 * <p>Everything that differs between the databases lives in {@link dev.odgen.runtime.schema.Dialect}
 * (quoting, case-insensitive matching, paging, column types, DDL), not in DAOs. {@link
 * dev.odgen.runtime.jdbc.Db} runs statements and turns {@link java.sql.SQLException} into
 * unchecked {@link dev.odgen.runtime.jdbc.DataAccessException}s, or {@link
 * dev.odgen.runtime.jdbc.DatabaseUnavailableException} when the database cannot be reached (the
 * server answers that with 503).
 *
 * <p>Blank values, consistently: in Java a missing date or date-time is {@code null}; columns
 * hold {@code 0001-01-01} (the column default) for it; reading maps NULL, {@code 0001-01-01} and
 * MariaDB's zero date {@code 0000-00-00} back to {@code null} ({@link
 * dev.odgen.runtime.jdbc.Rows}). NULL strings read as {@code ""}, NULL numbers as 0. Binding a
 * parameter ({@link dev.odgen.runtime.jdbc.Params}) maps the other way.
 */
package dev.odgen.runtime.jdbc;
