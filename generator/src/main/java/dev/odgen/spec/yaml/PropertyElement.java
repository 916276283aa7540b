package dev.odgen.spec.yaml;

import java.util.Optional;

/** A path, query or body parameter of an action as written. */
public record PropertyElement(
    String name,
    TypeElement type,
    Optional<String> field,
    boolean required,
    Optional<String> versionAdded,
    String notes,
    Marks marks) {}
