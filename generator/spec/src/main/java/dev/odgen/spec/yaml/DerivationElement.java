package dev.odgen.spec.yaml;

import dev.odgen.spec.model.Derivation;

/**
 * A {@code derived:} value as written. The model's {@link Derivation} records already hold exactly
 * the written names (unresolved); {@code marks} tells where each was written.
 */
public record DerivationElement(Derivation derivation, Marks marks) {}
