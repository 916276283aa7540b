package dev.odgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the generator says what it is for in a package-info.java. */
class ProjectStructureTest {

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> missing;
    try (Stream<Path> folders = Files.walk(sources)) {
      missing = folders
          .filter(Files::isDirectory)
          .filter(ProjectStructureTest::holdsJava)
          .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
          .map(folder -> sources.relativize(folder).toString())
          .toList();
    }
    assertEquals(List.of(), missing, "packages without package-info.java");
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
