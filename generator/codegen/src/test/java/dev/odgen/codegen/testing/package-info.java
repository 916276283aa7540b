/**
 * Test helpers of the generator: in-memory compilation, golden-file comparison with line diffs, small
 * specs and models built in code, a fake API server and a fake clock.
 */
package dev.odgen.codegen.testing;
