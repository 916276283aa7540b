package dev.odgen.spec.yaml;

/** The kinds of spec file, told apart by their top-level key. */
public enum FileKind {
  /** {@code api:}: the API as a whole. */
  API,
  /** {@code resource:}: one resource. */
  RESOURCE,
  /** {@code exclusions:}: documented things deliberately not modelled. */
  EXCLUSIONS,
  /** {@code enums:} alone: shared enums. */
  ENUMS
}
