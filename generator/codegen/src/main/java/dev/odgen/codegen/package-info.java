/**
 * The one entry point every front end calls: build a {@link dev.odgen.codegen.CodegenRequest}, call
 * {@link dev.odgen.codegen.Codegen#run}, read the {@link dev.odgen.codegen.CodegenResult}.
 */
package dev.odgen.codegen;
