package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/**
 * A field accepted in the body of a create or update: its name in the body, the field it sets, and for an
 * enum that travels in the body differently from the responses, its wire form there.
 */
public record BodyField(
    String name,
    String field,
    Optional<WireForm> wireAs,
    boolean required,
    Optional<String> versionAdded,
    String notes,
    Location location) {

  /** How the value travels in the body: this entry's own wire form, else the field's. */
  public WireForm wireAs(Field target) {
    return wireAs.orElse(target.wireAs());
  }
}
