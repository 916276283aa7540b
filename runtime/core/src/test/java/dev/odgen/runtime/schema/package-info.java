/** Tests of the SQL column definitions and statements each dialect writes. */
package dev.odgen.runtime.schema;
