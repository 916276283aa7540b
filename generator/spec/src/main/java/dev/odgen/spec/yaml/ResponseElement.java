package dev.odgen.spec.yaml;

import dev.odgen.spec.model.ResponseKind;
import java.util.Optional;

/**
 * An action's {@code response:} as written. For {@code resource} and {@code resourceList} the
 * target is empty (the action's own resource); {@code {model: X}} and {@code {resource: X}} name it.
 */
public record ResponseElement(ResponseKind kind, Optional<String> target, boolean list, Marks marks) {}
