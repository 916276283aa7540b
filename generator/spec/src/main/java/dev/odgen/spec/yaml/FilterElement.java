package dev.odgen.spec.yaml;

import dev.odgen.spec.model.MatchKind;
import java.util.Optional;

/** A list filter as written; a filter given as a plain name has only {@code param}. */
public record FilterElement(
    String param,
    Optional<String> field,
    MatchKind match,
    TypeElement type,
    boolean required,
    Optional<String> defaultValue,
    Optional<String> versionAdded,
    String notes,
    Marks marks) {}
