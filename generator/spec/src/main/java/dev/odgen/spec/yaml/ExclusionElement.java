package dev.odgen.spec.yaml;

import dev.odgen.spec.model.ExclusionKind;
import java.util.Optional;

/**
 * An entry of an exclusions file as written: the resource it is about, what it leaves out
 * ({@code endpoint} is "METHOD /path", {@code name} the parameter or field), and why.
 */
public record ExclusionElement(
    String resource, ExclusionKind kind, Optional<String> endpoint, Optional<String> name, String reason, Marks marks) {}
