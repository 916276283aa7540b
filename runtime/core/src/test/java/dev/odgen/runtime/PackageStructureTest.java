package dev.odgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every main package explains itself in a package-info.java. */
class PackageStructureTest {

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> missing;
    try (Stream<Path> dirs = Files.walk(root)) {
      missing = dirs.filter(Files::isDirectory)
          .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
          .map(d -> root.relativize(d).toString())
          .toList();
    }
    assertEquals(List.of(), missing);
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
