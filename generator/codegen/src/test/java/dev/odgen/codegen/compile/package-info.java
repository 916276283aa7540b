/**
 * Tests that compile generated code and run it: the whole Open Dental output under {@code -Xlint:all
 * -Werror}, the golden case's entities, and its server over H2 and MariaDB through real HTTP calls.
 */
package dev.odgen.codegen.compile;
