package dev.odgen.spec;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.link.Linker;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.rules.Rules;
import dev.odgen.spec.yaml.FileElement;
import dev.odgen.spec.yaml.SpecFileReader;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point for loading a spec: reads its files, links them and runs every rule. Returns the
 * linked {@link ApiModel}, or throws one {@link SpecException} carrying all problems found.
 *
 * <p>A spec is a folder of {@code *.yaml} files (read in path order) or a single file; see
 * {@link SpecInput} for where they come from: disk or a spec jar on the classpath.
 */
public final class SpecLoader {

  private SpecLoader() {}

  /**
   * Loads the spec at {@code spec} (a folder or a file). Paths in messages are relative to
   * {@code baseDir}.
   */
  public static ApiModel load(Path spec, Path baseDir) throws IOException {
    return load(SpecFiles.read(spec, baseDir), SpecFiles.label(spec, baseDir));
  }

  /** Loads a spec from files already read; {@code specLabel} names the spec as a whole in messages. */
  public static ApiModel load(List<SpecSource> sources, String specLabel) {
    Diagnostics diagnostics = new Diagnostics();
    List<FileElement> files = new ArrayList<>();
    // Files are parsed side by side (most of a load is parsing), then taken in path order, so the
    // result and the problems reported are those of a sequential read.
    for (FileRead read : sources.parallelStream().map(FileRead::of).toList()) {
      read.addTo(files, diagnostics);
    }
    LinkedSpec linked = Linker.link(files, specLabel, diagnostics);
    Rules.checkAll(linked, diagnostics);
    diagnostics.throwIfErrors();
    return linked.model();
  }

  /** One file read on its own: the element, the problems it found, or what it threw (malformed YAML). */
  private record FileRead(Optional<FileElement> file, Diagnostics diagnostics, RuntimeException failure) {

    static FileRead of(SpecSource source) {
      Diagnostics diagnostics = new Diagnostics();
      try {
        return new FileRead(SpecFileReader.read(source, diagnostics), diagnostics, null);
      } catch (RuntimeException e) {
        return new FileRead(Optional.empty(), diagnostics, e);
      }
    }

    /** Adds the outcome as a sequential read would have; rethrows the file's own exception unchanged. */
    void addTo(List<FileElement> files, Diagnostics all) {
      all.addAll(diagnostics);
      if (failure != null) {
        throw failure;
      }
      file.ifPresent(files::add);
    }
  }
}
