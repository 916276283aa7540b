/**
 * Test support shared by the test packages that need a real MariaDB: {@link dev.odgen.samples.testdb.ScratchDatabase}
 * makes a database of its own for a test class (or a server) and drops it, and skips the caller, saying why, when no
 * MariaDB answers.
 */
package dev.odgen.samples.testdb;
