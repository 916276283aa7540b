package dev.odgen.spec.model;

/** What an action answers with. */
public enum ResponseKind {
  /** No body beyond a status (and perhaps a plain-text message). */
  NONE,
  /** Rows of a resource (its entity). */
  RESOURCE,
  /** Objects of a model. */
  MODEL,
  /** Dynamic rows: JSON objects whose keys are not known in advance. */
  ROWS
}
