package dev.odgen.openapi;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The specs the tests export: the Open Dental and library specs and codegen's golden {@code clinic} case, from the source tree. */
final class Specs {

  private Specs() {}

  static Path openDentalDir() {
    return Path.of(System.getProperty("odgen.spec.dir", "../../spec/opendental"));
  }

  static Path clinicDir() {
    return Path.of(System.getProperty("odgen.golden.dir", "../codegen/src/test/resources/golden"), "clinic", "spec");
  }

  static Path libraryDir() {
    return Path.of(System.getProperty("odgen.library.dir", "../../spec/library"));
  }

  /** The library example: bearer auth, null blanks, problem errors, foreign keys; none of Open Dental's habits. */
  static ApiModel library() {
    return load(libraryDir());
  }

  static ApiModel openDental() {
    return load(openDentalDir());
  }

  static ApiModel clinic() {
    return load(clinicDir());
  }

  static ApiModel load(Path dir) {
    try {
      return SpecLoader.load(dir, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
