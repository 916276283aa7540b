/**
 * The JDBC data access of the generated code: per resource with a table a DAO that reads rows into entity
 * records (derived fields computed in SQL where possible), lists them with the spec's filters, and writes
 * them through prepared statements only; plus the filter record and the hooks the application implements for
 * what the spec cannot express, and {@code <Api>Daos}: every DAO over one database, with one clock and the
 * application's hooks, shared by the server facade and the application.
 */
package dev.odgen.codegen.dao;
