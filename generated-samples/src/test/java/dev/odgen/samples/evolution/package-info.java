/**
 * The spec evolution scenario: servers and clients generated from three versions of one spec
 * ({@code src/test/evolution}) over one database, on H2 and on MariaDB: what {@code diff} reports, what {@code
 * migrate} does to the stored rows, and what an older client makes of a newer server.
 */
package dev.odgen.samples.evolution;
