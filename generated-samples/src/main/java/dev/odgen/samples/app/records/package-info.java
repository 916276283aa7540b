/** Copying generated entity records with some components changed by name, for the application's own writes. */
package dev.odgen.samples.app.records;
