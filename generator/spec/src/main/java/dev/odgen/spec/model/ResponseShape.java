package dev.odgen.spec.model;

import java.util.Optional;

/** The response of an action: its kind, the resource or model it carries, and whether it is a list. */
public record ResponseShape(ResponseKind kind, Optional<String> target, boolean list) {}
