/**
 * The one place that touches the output directory: claims each path once, refuses paths outside the
 * directory, writes only changed files (atomically), and removes files an earlier run generated that are no
 * longer produced, as listed in the directory's manifest.
 */
package dev.odgen.codegen.output;
