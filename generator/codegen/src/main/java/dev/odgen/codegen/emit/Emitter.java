package dev.odgen.codegen.emit;

import dev.odgen.codegen.ArtifactKind;
import java.util.List;

/**
 * Turns part of the model into files, as a pure function of the context. One implementation per concern;
 * {@link dev.odgen.codegen.Codegen} lists them and runs those whose kind the request asks for.
 */
public interface Emitter {

  /** The artifact kind this emitter belongs to; {@code --only} selects by it. */
  ArtifactKind kind();

  /** The files for the resources, enums and models the context selects. */
  List<GeneratedFile> emit(EmitContext ctx);
}
