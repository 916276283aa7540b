/**
 * Turns spec files into raw {@code *Element} records that remember where every value was written;
 * checks the shape of the YAML (kinds of values, known and required keys) but not its meaning.
 *
 * <p>Files are read with snakeyaml's node API (compose, not construct) so that every node keeps its
 * line and column. Malformed YAML stops loading at once; every other problem is collected.
 */
package dev.odgen.spec.yaml;
