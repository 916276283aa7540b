/**
 * Procedure notes and group notes, shared by the ProcNotes and ProcedureLogs actions.
 *
 * <p>A group note is Open Dental's one note over several procedures of a visit: a procedurelog row of its own
 * with the procedure code {@code ~GRP~} (status EC), its text in procnote rows (the newest row is the note, as for
 * any procedure), and one {@code procgroupitem} row (ProcGroupItemNum, ProcNum, GroupNum) per procedure it covers,
 * GroupNum being the group note's ProcNum.
 *
 * <p>procgroupitem is not in the spec, on purpose: the spec's 99 resources are the documented API, and the API has
 * no ProcGroupItems resource; the table only serves these actions. So {@link ProcGroupItems} owns it: the server
 * creates it at start ({@code CREATE TABLE IF NOT EXISTS}, the same on H2 and MariaDB, whatever the schema
 * policy), with Open Dental's table and column names, so an Open Dental database's own table is used as it is. The
 * schema policies look only at the spec's tables, so the extra table never trips {@code --schema validate}.
 */
package dev.odgen.samples.app.notes;
