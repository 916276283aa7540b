/**
 * {@code odgen import}: an OpenAPI 3.0 or 3.1 document becomes an odgen spec. A component schema served by a
 * {@code /things} + {@code /things/{id}} path family becomes a resource with fields and CRUD operations, every
 * other operation an action, and what has no place in the spec language goes into the exclusions file with its
 * reason. A document odgen exported carries {@code x-odgen-*} extensions; with them the spec comes back as it was.
 *
 * <p>Problems with the document are reported with its JSON pointer and line ({@link dev.odgen.openapi.ImportException});
 * nothing is written unless the whole spec came out and passed the spec loader's checks.
 */
package dev.odgen.openapi;
