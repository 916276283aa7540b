package dev.odgen.spec.yaml;

import dev.odgen.spec.model.WireForm;
import java.util.Optional;

/** A path, query or body parameter of an action as written. */
public record PropertyElement(
    String name,
    TypeElement type,
    Optional<String> field,
    Optional<WireForm> wireAs,
    boolean required,
    Optional<String> versionAdded,
    String notes,
    Marks marks) {}
