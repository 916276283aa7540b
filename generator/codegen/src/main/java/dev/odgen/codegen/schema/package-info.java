/**
 * The SQL schema of the resources that have a table, shaped like Open Dental's own: a Java class of table
 * definitions the server's schema manager creates at start, and CREATE TABLE scripts for H2 and
 * MariaDB/MySQL. Both come from one {@code TableDef} per resource rendered by the runtime's {@code Dialect}:
 * there is one definition of column types and DDL, shared with the server.
 */
package dev.odgen.codegen.schema;
