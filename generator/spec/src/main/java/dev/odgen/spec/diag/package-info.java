/**
 * How problems in a spec are recorded and shown: {@link dev.odgen.spec.diag.Location}s, the
 * {@link dev.odgen.spec.diag.Diagnostics} collector and the {@link dev.odgen.spec.diag.SpecException}
 * that carries them all.
 *
 * <p>A diagnostic renders as {@code path:line:column: error: what is wrong}, then its context trail
 * innermost first, then a {@code fix:} line; a list of them ends with a count line.
 */
package dev.odgen.spec.diag;
