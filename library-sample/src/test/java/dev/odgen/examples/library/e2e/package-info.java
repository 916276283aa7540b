/**
 * The library end to end: the server generated from {@code spec/library}, started over H2 and over MariaDB, and
 * driven through its generated client.
 */
package dev.odgen.examples.library.e2e;
