package dev.odgen.codegen.naming;

/**
 * The Java names of an action's inputs, allocated in one scope so that no two are equal even when a body
 * field has the name of a path parameter.
 *
 * @param pathParams keyed by placeholder name
 * @param params query parameters, keyed by name
 * @param body body fields, keyed by name
 */
public record ActionInputNames(Identifiers pathParams, Identifiers params, Identifiers body) {}
