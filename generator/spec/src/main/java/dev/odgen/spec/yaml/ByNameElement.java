package dev.odgen.spec.yaml;

import dev.odgen.spec.model.ByName;

/**
 * A {@code byName:} value as written: the names it holds (unresolved), where the map and each of its values
 * start ({@code marks}), and where each condition of its {@code where} map starts ({@code whereMarks}).
 */
public record ByNameElement(ByName byName, Marks marks, Marks whereMarks) {}
