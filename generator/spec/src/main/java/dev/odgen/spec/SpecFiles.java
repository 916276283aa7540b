package dev.odgen.spec;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and reads the files of a spec: every {@code *.yaml} under a folder (in path order), a single
 * file, or a spec folder packaged on the classpath (inside a jar or, in a build, a folder).
 */
public final class SpecFiles {

  /** The file every spec has; finding it on the classpath finds the spec's folder. */
  static final String API_FILE = "api.yaml";

  private SpecFiles() {}

  /**
   * The files of the spec at {@code spec}, with paths relative to {@code baseDir}.
   *
   * @throws SpecException for entries named {@code *.yaml} that cannot be read as spec files (a folder, a link
   *     that leads nowhere or in a loop, a file over {@link SpecBytes#MAX_FILE_BYTES}, a file that is not UTF-8),
   *     each at a {@code path:line:column}
   */
  public static List<SpecSource> read(Path spec, Path baseDir) throws IOException {
    Path base = baseDir.toAbsolutePath().normalize();
    if (!Files.exists(spec)) {
      if (Files.exists(spec, LinkOption.NOFOLLOW_LINKS)) {
        throw unreadable(relative(base, spec.toAbsolutePath().normalize()), "a link that leads nowhere (or in a loop)");
      }
      throw new NoSuchFileException(label(spec, baseDir), null, "no such file or folder");
    }
    Diagnostics diagnostics = new Diagnostics();
    List<SpecSource> sources = new ArrayList<>();
    for (Path file : yamlEntries(spec)) {
      String shown = relative(base, file.toAbsolutePath().normalize());
      if (Files.isDirectory(file)) {
        problem(diagnostics, shown, "a folder named like a spec file",
            "rename the folder (only files named *.yaml are spec files)");
      } else if (!Files.isRegularFile(file)) {
        problem(diagnostics, shown, "a link that leads nowhere (or in a loop), or not a regular file",
            "point the link at a spec file, or remove it");
      } else {
        SpecBytes.read(file, shown, diagnostics).ifPresent(text -> sources.add(new SpecSource(shown, text)));
      }
    }
    diagnostics.throwIfErrors();
    return sources;
  }

  private static SpecException unreadable(String shown, String what) {
    Diagnostics diagnostics = new Diagnostics();
    problem(diagnostics, shown, what, "point it at a spec folder or file");
    return new SpecException(diagnostics.sorted());
  }

  private static void problem(Diagnostics diagnostics, String shown, String what, String fix) {
    diagnostics.error(new Location(shown, 1, 1), Trail.empty(), "cannot read this as a spec file: it is " + what, fix);
  }

  /**
   * The files of the spec folder {@code folder} on the class path of {@code loader}, shown as
   * {@code <folder>/...}. Synchronized because a jar's zip file system is shared JVM-wide: one caller
   * must not close it while another reads through it.
   */
  public static synchronized List<SpecSource> readClasspath(ClassLoader loader, String folder) throws IOException {
    URL apiFile = loader.getResource(folder + "/" + API_FILE);
    if (apiFile == null) {
      throw new NoSuchFileException(folder, null, "no spec on the classpath there (no " + API_FILE + ")");
    }
    URI uri = toUri(apiFile);
    if (!uri.getScheme().equals("jar")) {
      return readFolder(Path.of(uri).getParent(), folder);
    }
    FileSystem jar;
    boolean openedHere;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
      openedHere = true;
    } catch (FileSystemAlreadyExistsException e) {
      // someone else has the jar open: read through theirs and leave it open
      jar = FileSystems.getFileSystem(uri);
      openedHere = false;
    }
    try {
      return readFolder(jar.getPath("/" + folder), folder);
    } finally {
      if (openedHere) {
        jar.close();
      }
    }
  }

  /** Where spec jars keep their specs: {@code odgen/specs/<name>/api.yaml}. */
  static final String JAR_SPECS = "odgen/specs";

  /**
   * The files of the one spec packaged in {@code jar} under {@code odgen/specs/<name>/}, shown as {@code
   * <jar file name>!/odgen/specs/<name>/...} so that two jars of one spec tell their files apart.
   *
   * @throws NoSuchFileException when the jar is missing, holds no spec, or holds several (naming them)
   */
  public static List<SpecSource> readJar(Path jar, Path baseDir) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new NoSuchFileException(label(jar, baseDir), null, "no such jar");
    }
    try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
      Path specs = zip.getPath("/" + JAR_SPECS);
      List<Path> folders = new ArrayList<>();
      if (Files.isDirectory(specs)) {
        try (Stream<Path> list = Files.list(specs)) {
          list.filter(f -> Files.isRegularFile(f.resolve(API_FILE))).sorted().forEach(folders::add);
        }
      }
      if (folders.size() != 1) {
        throw new NoSuchFileException(label(jar, baseDir), null, folders.isEmpty()
            ? "the jar holds no spec (no " + JAR_SPECS + "/<name>/" + API_FILE + ")"
            : "the jar holds several specs: " + folders.stream().map(f -> f.getFileName().toString().replace("/", ""))
                .toList());
      }
      Path folder = folders.get(0);
      return readFolder(folder, jar.getFileName() + "!" + folder.toString().replaceAll("/+$", ""));
    } catch (java.util.zip.ZipException | java.nio.file.ProviderNotFoundException e) {
      throw new NoSuchFileException(label(jar, baseDir), null, "not a jar: " + e.getMessage());
    }
  }

  /** How to name the spec at {@code spec} as a whole: its path relative to {@code baseDir}. */
  public static String label(Path spec, Path baseDir) {
    return relative(baseDir.toAbsolutePath().normalize(), spec.toAbsolutePath().normalize());
  }

  private static List<SpecSource> readFolder(Path folder, String shownAs) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    List<SpecSource> sources = new ArrayList<>();
    for (Path file : yamlEntries(folder)) {
      String shown = shownAs + "/" + slashes(folder.relativize(file).toString(), folder);
      if (Files.isRegularFile(file)) {
        SpecBytes.decode(Files.readAllBytes(file), shown, diagnostics)
            .ifPresent(text -> sources.add(new SpecSource(shown, text)));
      }
    }
    diagnostics.throwIfErrors();
    return sources;
  }

  /**
   * The entries named {@code *.yaml} under {@code spec} (or {@code spec} itself when it is not a folder), whatever
   * they are: links are not followed, so a loop cannot trap the walk, and the caller reports what is not a file.
   */
  private static List<Path> yamlEntries(Path spec) throws IOException {
    if (!Files.isDirectory(spec)) {
      return List.of(spec);
    }
    try (Stream<Path> walk = Files.walk(spec)) {
      return walk.filter(p -> !p.equals(spec))
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().startsWith(".")) // editor lock and backup files
          .sorted((a, b) -> slashes(spec.relativize(a).toString(), spec)
              .compareTo(slashes(spec.relativize(b).toString(), spec)))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String relative(Path base, Path file) {
    String shown = file.startsWith(base) || file.getRoot().equals(base.getRoot())
        ? base.relativize(file).toString()
        : file.toString();
    shown = slashes(shown, file);
    return shown.isEmpty() ? "." : shown;
  }

  private static String slashes(String path, Path on) {
    String separator = on.getFileSystem().getSeparator();
    return separator.equals("/") ? path : path.replace(separator, "/");
  }

  private static URI toUri(URL url) throws IOException {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the spec on the classpath: " + url, e);
    }
  }
}
