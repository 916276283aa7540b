/** Test support shared with the modules whose code runs a server: reading what a logger says. */
package dev.odgen.runtime.logging;
