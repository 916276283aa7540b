package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/**
 * Something the API documents that the spec deliberately does not model, with the reason.
 * {@code endpoint} is "METHOD /path" as documented; {@code name} is the parameter or field name.
 */
public record Exclusion(
    String resource,
    ExclusionKind kind,
    Optional<String> endpoint,
    Optional<String> name,
    String reason,
    Location location) {}
