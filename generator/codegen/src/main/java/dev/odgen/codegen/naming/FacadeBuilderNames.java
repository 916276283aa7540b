package dev.odgen.codegen.naming;

/**
 * The spec-named methods of the client facade's builder.
 *
 * @param credentials a setter per credential of the auth header, keyed by credential name
 * @param baseUrlPresets a method per base URL preset, keyed by mode ({@code remote}, {@code local})
 */
public record FacadeBuilderNames(Identifiers credentials, Identifiers baseUrlPresets) {}
