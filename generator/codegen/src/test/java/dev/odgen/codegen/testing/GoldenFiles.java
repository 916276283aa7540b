package dev.odgen.codegen.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares generated files with an expected tree under {@code src/test/resources/golden/<case>/expected}.
 * With {@code -Dgolden.update=true} it rewrites the expected tree instead (then review with git diff).
 */
public final class GoldenFiles {

  private final Path expectedRoot;

  private GoldenFiles(Path expectedRoot) {
    this.expectedRoot = expectedRoot;
  }

  /** The golden case folder {@code <golden dir>/<name>}. */
  public static Path caseDir(String name) {
    return Path.of(System.getProperty("odgen.golden.dir", "src/test/resources/golden")).resolve(name);
  }

  public static GoldenFiles expectedIn(Path caseDir) {
    return new GoldenFiles(caseDir.resolve("expected"));
  }

  /** Asserts that {@code actual} (relative path to text) equals the expected tree, or rewrites it. */
  public void verify(Map<String, String> actual) {
    if (Boolean.getBoolean("golden.update")) {
      update(actual);
      return;
    }
    SortedMap<String, String> expected = read();
    StringBuilder problems = new StringBuilder();
    TreeSet<String> missing = new TreeSet<>(actual.keySet());
    missing.removeAll(expected.keySet());
    missing.forEach(path -> problems.append("not expected (belongs at ").append(expectedRoot.resolve(path))
        .append("): ").append(path).append('\n'));
    TreeSet<String> absent = new TreeSet<>(expected.keySet());
    absent.removeAll(actual.keySet());
    absent.forEach(path -> problems.append("expected but not generated: ").append(path).append('\n'));
    new TreeMap<>(actual).forEach((path, text) -> {
      if (expected.containsKey(path)) {
        problems.append(LineDiff.unified(path, expected.get(path), text));
      }
    });
    if (problems.length() > 0) {
      fail("generated output differs from " + expectedRoot + " (rerun with -Dgolden.update=true to accept):\n"
          + problems);
    }
  }

  private SortedMap<String, String> read() {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(expectedRoot)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(expectedRoot)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(expectedRoot.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private void update(Map<String, String> actual) {
    try {
      if (Files.isDirectory(expectedRoot)) {
        try (Stream<Path> paths = Files.walk(expectedRoot)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Path target = expectedRoot.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
