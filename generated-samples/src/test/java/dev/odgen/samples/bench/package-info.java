/**
 * The benchmarks' helpers: a hello-world Javalin server, the ceiling the generated server is measured against (the
 * load benchmark itself is {@code generated-samples/bench/load.sh}), and {@code ListBench}, a main that measures
 * per row what a page of patients costs without HTTP (writing JSON, the DAO page, the date reads).
 */
package dev.odgen.samples.bench;
