package dev.odgen.codegen.naming;

/**
 * The method names of a resource client's actions, keyed by action name.
 *
 * @param calls the method of each action, e.g. {@code simple}
 * @param allPages the all-pages form of each paged action with a list response, e.g. {@code simpleAll}
 */
public record ActionMethodNames(Identifiers calls, Identifiers allPages) {}
