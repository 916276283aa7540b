package dev.odgen.cli;

import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecLoader;
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

  /** Loads and checks the spec; throws {@code SpecException} with every problem found. */
  public ApiModel load() throws IOException {
    return spec == null ? SpecLoader.loadBundled() : SpecLoader.load(spec, baseDir());
  }

  /** How summaries name the spec: its relative path, or that it is the bundled one. */
  public String label() {
    return spec == null ? SpecFiles.BUNDLED_LABEL : SpecFiles.label(spec, baseDir());
  }

  /** The spec folder or file given, or {@code null} for the bundled spec. */
  Path spec() {
    return spec;
  }

  /** The folder paths are shown relative to: {@code --base-dir}, else the working directory. */
  Path baseDir() {
    return baseDir != null ? baseDir : Path.of("").toAbsolutePath();
  }
}
