package dev.odgen.spec.model;

/** What an exclusion leaves out of the spec. */
public enum ExclusionKind {
  ENDPOINT,
  QUERY_PARAM,
  BODY_FIELD,
  RESPONSE_FIELD
}
