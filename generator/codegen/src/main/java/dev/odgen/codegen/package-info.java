/**
 * The one entry point every front end calls: build a {@link dev.odgen.codegen.CodegenRequest}, call
 * {@link dev.odgen.codegen.Codegen#run}, read the {@link dev.odgen.codegen.CodegenResult}. The request names
 * its spec ({@link dev.odgen.spec.SpecInput}); a default spec is the front end's choice, not the pipeline's.
 */
package dev.odgen.codegen;
