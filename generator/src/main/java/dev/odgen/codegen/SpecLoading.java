package dev.odgen.codegen;

import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;

/** Loads the spec a request names: a folder or file relative to the base directory, or the bundled one. */
final class SpecLoading {

  /** A loaded spec and how headers name it as a whole. */
  record Loaded(ApiModel model, String label) {}

  private SpecLoading() {}

  static Loaded load(CodegenRequest request) throws IOException {
    if (request.spec().isEmpty()) {
      // the bundled files are named odgen/specs/opendental/... in locations, so the spec as a whole is too
      return new Loaded(SpecLoader.loadBundled(), SpecFiles.BUNDLED_FOLDER);
    }
    Path spec = request.spec().get();
    return new Loaded(SpecLoader.load(spec, request.baseDir()), SpecFiles.label(spec, request.baseDir()));
  }
}
