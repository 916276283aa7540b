/**
 * The SQL schema of the resources that have a table, shaped like Open Dental's own: a Java class of table
 * definitions the server's schema manager creates at start, and CREATE TABLE scripts for H2 and
 * MariaDB/MySQL that say the same.
 */
package dev.odgen.codegen.schema;
