/**
 * Reads and writes typed values in the API's JSON and query-string formats, as configured by
 * {@link dev.odgen.runtime.wire.WireSettings}.
 *
 * <p>Generated code maps every field explicitly: it writes entities with a {@link
 * dev.odgen.runtime.wire.WireWriter}, reads request or response bodies with a {@link
 * dev.odgen.runtime.wire.WireReader} and query parameters with a {@link
 * dev.odgen.runtime.wire.QueryReader}. All three share the same parsing rules ({@link
 * dev.odgen.runtime.wire.WireValues}), so a filter validates exactly like a body field. A value
 * that does not fit raises a {@link dev.odgen.runtime.wire.WireFormatException} whose message
 * names the field, the bad value and what is allowed; the server answers it with 400.
 *
 * <p>Blank values: a missing date, date-time or time is {@code null} in Java and is written as
 * the "no date" value of the settings (e.g. {@code 0001-01-01}); a {@code null} string is written
 * as {@code ""}.
 */
package dev.odgen.runtime.wire;
