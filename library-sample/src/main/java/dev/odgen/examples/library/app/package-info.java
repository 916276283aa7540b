/**
 * The library application over the generated server: the two actions the spec leaves to application code
 * ({@code lend}, {@code giveBack}) and a main that starts the server.
 */
package dev.odgen.examples.library.app;
