package dev.odgen.spec.yaml;

import java.util.Optional;

/** An entry of a create or update body list; one given as a plain name has only {@code name}. */
public record BodyFieldElement(
    String name, Optional<String> field, boolean required, Optional<String> versionAdded, String notes, Marks marks) {}
