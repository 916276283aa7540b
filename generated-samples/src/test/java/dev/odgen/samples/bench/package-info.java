/**
 * The load benchmark's helpers: a hello-world Javalin server, the ceiling the generated server is measured
 * against (the benchmark itself is {@code generated-samples/bench/load.sh}).
 */
package dev.odgen.samples.bench;
