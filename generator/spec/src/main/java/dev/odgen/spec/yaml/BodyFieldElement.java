package dev.odgen.spec.yaml;

import dev.odgen.spec.model.WireForm;
import java.util.Optional;

/** An entry of a create or update body list; one given as a plain name has only {@code name}. */
public record BodyFieldElement(
    String name,
    Optional<String> field,
    Optional<WireForm> wireAs,
    boolean required,
    Optional<String> versionAdded,
    String notes,
    Marks marks) {}
