package dev.odgen.cli;

import dev.odgen.spec.SpecInput;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The optional {@code [SPEC]} argument shared by the commands that read a spec: a folder or file,
 * or, when left out, the Open Dental spec bundled with odgen. Paths in messages are relative to the
 * working directory, or to {@code --base-dir}.
 */
public final class SpecArgument {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
      description = "Spec folder or file (default: the bundled Open Dental spec).")
  Path spec;

  @Option(names = "--base-dir", paramLabel = "DIR",
      description = "Folder that paths in messages are relative to (default: the working directory).")
  Path baseDir;

  /** The Open Dental spec packaged in odgen.jar ({@code odgen-spec-opendental}), the default. */
  static final String BUNDLED_FOLDER = "odgen/specs/opendental";

  /** Loads and checks the spec; throws {@code SpecException} with every problem found. */
  public ApiModel load() throws IOException {
    return input().load(baseDir());
  }

  /** How summaries name the spec: its relative path, or that it is the bundled Open Dental one. */
  public String label() {
    return spec == null ? "the bundled Open Dental spec" : input().label(baseDir());
  }

  /** Where the spec comes from: the path given, or the bundled Open Dental spec. */
  SpecInput input() {
    return spec == null ? SpecInput.classpath(SpecArgument.class.getClassLoader(), BUNDLED_FOLDER) : SpecInput.path(spec);
  }

  /** The folder paths are shown relative to: {@code --base-dir}, else the working directory. */
  Path baseDir() {
    return baseDir != null ? baseDir : Path.of("").toAbsolutePath();
  }
}
