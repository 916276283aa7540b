package dev.odgen.codegen;

import dev.odgen.spec.model.ApiModel;
import java.io.IOException;

/** Loads the spec a request names; paths in messages are relative to the request's base directory. */
final class SpecLoading {

  /** A loaded spec and how headers name it as a whole. */
  record Loaded(ApiModel model, String label) {}

  private SpecLoading() {}

  static Loaded load(CodegenRequest request) throws IOException {
    return new Loaded(request.spec().load(request.baseDir()), request.spec().label(request.baseDir()));
  }
}
