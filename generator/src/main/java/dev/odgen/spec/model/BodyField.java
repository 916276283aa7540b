package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/** A field accepted in the body of a create or update: its name in the body and the field it sets. */
public record BodyField(
    String name, String field, boolean required, Optional<String> versionAdded, String notes, Location location) {}
