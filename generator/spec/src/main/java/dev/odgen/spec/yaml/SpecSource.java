package dev.odgen.spec.yaml;

/**
 * The text of one spec file and the path to show for it in messages (relative, with '/'
 * separators).
 */
public record SpecSource(String path, String text) {}
