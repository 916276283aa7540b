/**
 * What changes between two versions of a spec, and what it takes to carry a database along: {@link
 * dev.odgen.codegen.diff.SpecDiff} compares two linked models and classifies every change twice, for API clients
 * and for stored data; {@link dev.odgen.codegen.diff.MigrationScript} renders the SQL that brings a database of the
 * old spec to the new one. Both judge columns on the tables the schema emitter generates ({@code TableDefs}) and
 * the runtime's {@code Dialect}, the same definitions the server's {@code migrate} policy uses.
 */
package dev.odgen.codegen.diff;
