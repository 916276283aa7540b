package dev.odgen.maven;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The spec a build generates from, as a {@link Path}: the file or folder the {@code spec} parameter names,
 * or, when it names none, the Open Dental spec bundled in the {@code odgen-spec-opendental} jar on the
 * plugin's class path (a path inside that jar). Close it to release the jar.
 */
final class SpecInput implements AutoCloseable {

  /** Where {@code odgen-spec-opendental} keeps the Open Dental spec on the class path. */
  static final String BUNDLED_FOLDER = "odgen/specs/opendental";

  private final Path path;
  private final boolean bundled;
  private final Optional<FileSystem> jar;

  private SpecInput(Path path, boolean bundled, Optional<FileSystem> jar) {
    this.path = path;
    this.bundled = bundled;
    this.jar = jar;
  }

  /**
   * The spec at {@code spec}, or the bundled one when it is null.
   *
   * @throws NoSuchFileException when {@code spec} does not exist, or the bundled spec is not on the class path
   */
  static SpecInput open(File spec, ClassLoader classLoader) throws IOException {
    if (spec != null) {
      Path path = spec.toPath().toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new NoSuchFileException(spec.getPath());
      }
      return new SpecInput(path, false, Optional.empty());
    }
    return bundled(classLoader);
  }

  private static SpecInput bundled(ClassLoader classLoader) throws IOException {
    URL apiFile = classLoader.getResource(BUNDLED_FOLDER + "/api.yaml");
    if (apiFile == null) {
      throw new NoSuchFileException(BUNDLED_FOLDER, null, "the bundled spec is not on the plugin's class path");
    }
    URLConnection connection = apiFile.openConnection();
    if (connection instanceof JarURLConnection jarConnection) {
      // a file system of our own (not the shared one for the jar's URI), so parallel builds do not meet
      FileSystem fileSystem = FileSystems.newFileSystem(toPath(jarConnection.getJarFileURL()));
      return new SpecInput(fileSystem.getPath("/" + BUNDLED_FOLDER), true, Optional.of(fileSystem));
    }
    // a folder of classes, as when the spec module is built in the same reactor
    return new SpecInput(toPath(apiFile).getParent(), true, Optional.empty());
  }

  /** The spec's file or folder. */
  Path path() {
    return path;
  }

  /**
   * The folder the spec's paths are shown relative to, in messages and in generated headers: for the bundled
   * spec the root it sits in, so it reads {@code odgen/specs/opendental/...} wherever the jar is; for the
   * build's own spec the project directory, {@code projectDir}.
   */
  Path labelBase(Path projectDir) {
    return bundled ? rootOf(path) : projectDir;
  }

  private static Path rootOf(Path bundledFolder) {
    Path root = bundledFolder;
    for (int i = 0; i < Path.of(BUNDLED_FOLDER).getNameCount(); i++) {
      root = root.getParent();
    }
    return root;
  }

  /** True when this is the bundled spec rather than one the build names. */
  boolean isBundled() {
    return bundled;
  }

  @Override
  public void close() throws IOException {
    if (jar.isPresent()) {
      jar.get().close();
    }
  }

  private static Path toPath(URL url) throws IOException {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot locate the bundled spec at " + url, e);
    }
  }
}
