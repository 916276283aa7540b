package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/**
 * A named, typed value that is not a stored field: an action's path, query or body parameter, or a
 * property of a model. {@code field} names the resource field it mirrors, when it does; {@code wireAs} is how
 * the value travels in JSON (a mirrored field's own form, or a model field's {@code wireAs}).
 */
public record Property(
    String name,
    TypeRef type,
    WireForm wireAs,
    Optional<String> field,
    boolean required,
    Optional<String> versionAdded,
    String notes,
    Location location) {}
