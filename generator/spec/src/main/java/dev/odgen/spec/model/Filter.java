package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/**
 * A query parameter of a list operation and the field it filters on (none for custom filters), with the value
 * the server applies when a request leaves it out, if any (e.g. {@code includeHidden} false).
 */
public record Filter(
    String param,
    Optional<String> field,
    MatchKind match,
    TypeRef type,
    boolean required,
    Optional<String> defaultValue,
    Optional<String> versionAdded,
    String notes,
    Location location) {}
