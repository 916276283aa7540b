/**
 * The SQL schema of the resources that have a table: Open Dental-shaped CREATE TABLE statements for
 * MariaDB/MySQL (which H2 runs unchanged in MySQL mode), as a script and as a Java class the server can run
 * at start.
 */
package dev.odgen.codegen.schema;
