/**
 * Measuring programs (not tests): spec loading, code generation and the generated server under load. Each
 * prints its figures; BENCHMARKS.md records them with the commands that ran them.
 */
package dev.odgen.bench;
