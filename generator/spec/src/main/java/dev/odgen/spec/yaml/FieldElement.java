package dev.odgen.spec.yaml;

import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.WireForm;
import java.util.Optional;

/**
 * A field of a resource or a model as written. Keys that were left out are empty (or false);
 * whether a key was written at all is in {@code marks}. {@code internal} says the column never travels.
 */
public record FieldElement(
    String name,
    Optional<String> column,
    TypeElement type,
    Optional<String> defaultValue,
    Optional<Auto> auto,
    Optional<EnumStorage> storeAs,
    Optional<WireForm> wireAs,
    boolean signed,
    Optional<String> fromCaller,
    Optional<Boolean> foreignKey,
    Optional<DerivationElement> derived,
    Optional<ByNameElement> byName,
    boolean internal,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Marks marks) {}
