package dev.odgen.runtime.server;

/**
 * One page of a list call.
 *
 * @param offset index of the first item, 0 or more
 * @param limit the most items to return, 1 to the maximum
 */
public record Page(long offset, int limit) {}
