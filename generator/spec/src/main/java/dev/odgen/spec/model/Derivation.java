package dev.odgen.spec.model;

import java.util.Optional;

/** How a derived (read-only, non-column) field gets its value. */
public sealed interface Derivation {

  /** The server's clock when the response is made. */
  record ServerTime() implements Derivation {}

  /**
   * Follow the ref field {@code via} to its target row and take {@code take}: a field name, or a
   * template such as {@code "{FName} {LName}"} over the target's fields.
   */
  record Lookup(String via, String take) implements Derivation {
    public boolean isTemplate() {
      return take.indexOf('{') >= 0;
    }
  }

  /** The member name of the enum field {@code field}. */
  record NameOf(String field) implements Derivation {}

  /** Whether the field {@code field} is not blank. */
  record NonEmpty(String field) implements Derivation {}

  /**
   * The {@code take} values of the rows of {@code resource} whose {@code match} field equals this
   * row's id; joined with {@code join}, or a list when there is no separator.
   */
  record Collect(String resource, String match, String take, Optional<String> join) implements Derivation {}

  /** Computed by application code; the spec only describes it. */
  record Custom(String description) implements Derivation {}
}
