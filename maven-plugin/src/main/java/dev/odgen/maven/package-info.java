/**
 * The odgen Maven plugin: the {@code generate} goal, which maps its parameters to a
 * {@link dev.odgen.codegen.CodegenRequest}, skips the run when its inputs have not changed, and registers
 * the output as a compile source root.
 */
package dev.odgen.maven;
