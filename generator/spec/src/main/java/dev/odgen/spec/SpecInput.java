package dev.odgen.spec;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a spec comes from: a folder or file on disk, or a folder packaged on the classpath (a spec jar such as
 * {@code odgen-spec-opendental}). The loader has no default; front ends choose one.
 */
public sealed interface SpecInput {

  /** A spec folder (every {@code *.yaml} under it) or a single spec file. */
  static SpecInput path(Path path) {
    return new OnDisk(path);
  }

  /** A spec folder packaged on the classpath of {@code loader}, e.g. {@code odgen/specs/opendental}. */
  static SpecInput classpath(ClassLoader loader, String folder) {
    return new OnClasspath(loader, folder);
  }

  /** The one spec packaged in a jar file (a spec artifact such as {@code odgen-spec-opendental-0.1.0.jar}). */
  static SpecInput jar(Path jar) {
    return new InJar(jar);
  }

  /**
   * A folder or file, or a jar of a packaged spec when the path names a {@code .jar} file: how front ends take a
   * spec given as one path.
   */
  static SpecInput of(Path path) {
    return path.getFileName() != null && path.getFileName().toString().endsWith(".jar") ? jar(path) : path(path);
  }

  /** The spec's files; paths in them are relative to {@code baseDir} (on disk) or the folder (classpath). */
  List<SpecSource> read(Path baseDir) throws IOException;

  /** How messages and file headers name the spec as a whole, without absolute paths. */
  String label(Path baseDir);

  /** Loads and checks the spec; throws {@code SpecException} with every problem found. */
  default ApiModel load(Path baseDir) throws IOException {
    return SpecLoader.load(read(baseDir), label(baseDir));
  }

  /** A spec on disk. */
  record OnDisk(Path path) implements SpecInput {
    public OnDisk {
      Objects.requireNonNull(path, "path == null");
    }

    @Override
    public List<SpecSource> read(Path baseDir) throws IOException {
      return SpecFiles.read(path, baseDir);
    }

    @Override
    public String label(Path baseDir) {
      return SpecFiles.label(path, baseDir);
    }
  }

  /** A spec packaged in a jar file under {@code odgen/specs/<name>/}. */
  record InJar(Path jar) implements SpecInput {
    public InJar {
      Objects.requireNonNull(jar, "jar == null");
    }

    @Override
    public List<SpecSource> read(Path baseDir) throws IOException {
      return SpecFiles.readJar(jar, baseDir);
    }

    @Override
    public String label(Path baseDir) {
      return SpecFiles.label(jar, baseDir);
    }
  }

  /** A spec folder on a class path; files are named {@code <folder>/<file>.yaml}. */
  record OnClasspath(ClassLoader loader, String folder) implements SpecInput {
    public OnClasspath {
      Objects.requireNonNull(loader, "loader == null");
      Objects.requireNonNull(folder, "folder == null");
    }

    @Override
    public List<SpecSource> read(Path baseDir) throws IOException {
      return SpecFiles.readClasspath(loader, folder);
    }

    @Override
    public String label(Path baseDir) {
      return folder;
    }
  }
}
