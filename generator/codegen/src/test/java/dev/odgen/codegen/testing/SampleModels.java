package dev.odgen.codegen.testing;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The golden case {@code clinic} as a loaded model: a small API with every field type, a reference with
 * derived fields, every filter kind, create and update bodies, actions with model responses, and enums
 * with spaces in member names and stored values beyond a tinyint. File paths in it are relative to the
 * case folder ({@code spec/patients.yaml}).
 */
public final class SampleModels {

  private SampleModels() {}

  /** The Open Dental spec of this repository ({@code spec/opendental}, from {@code odgen.spec.dir}). */
  public static Path openDentalDir() {
    return Path.of(System.getProperty("odgen.spec.dir", "../../spec/opendental"));
  }

  /** The Open Dental spec, with paths shown as {@code opendental/...}. */
  public static ApiModel openDental() {
    Path dir = openDentalDir();
    try {
      return SpecLoader.load(dir, dir.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The second example spec of this repository ({@code spec/library}, from {@code odgen.library.dir}). */
  public static Path libraryDir() {
    return Path.of(System.getProperty("odgen.library.dir", "../../spec/library")).toAbsolutePath().normalize();
  }

  /** The library spec, with paths shown as {@code library/...}. */
  public static ApiModel library() {
    Path dir = libraryDir();
    try {
      return SpecLoader.load(dir, dir.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ApiModel clinic() {
    Path caseDir = GoldenFiles.caseDir("clinic");
    try {
      return SpecLoader.load(caseDir.resolve("spec"), caseDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
