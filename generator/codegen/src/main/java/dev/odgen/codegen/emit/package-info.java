/**
 * What every emitter shares: the {@link dev.odgen.codegen.emit.Emitter} contract, the base class that adds
 * {@code @Generated} and the file header, the immutable {@link dev.odgen.codegen.emit.EmitContext}, and the
 * mapping of spec types to Java types. Emitters are pure: no file system, clock or environment.
 */
package dev.odgen.codegen.emit;
