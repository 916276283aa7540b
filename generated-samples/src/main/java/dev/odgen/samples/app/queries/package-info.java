/**
 * {@code POST /queries} and {@code PUT /queries/ShortQuery}: the caller's own SQL, run read-only. Three guards,
 * each enough on its own for the common cases: {@link dev.odgen.samples.app.queries.SelectOnly} refuses anything
 * but one SELECT (401, as documented); {@link dev.odgen.samples.app.queries.ReadOnlyConnections} runs it on a
 * connection the database itself keeps from writing (a SELECT-only user on H2, a read-only session and transaction
 * on MariaDB/MySQL), always rolled back; and a statement timeout and row limits bound what one query may cost.
 */
package dev.odgen.samples.app.queries;
