package dev.odgen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the code itself: every package says what it is for, and emitters stay pure (only the output
 * writer touches files).
 */
class ProjectStructureTest {

  private static final Path CODEGEN = Path.of("src/main/java/dev/odgen/codegen");

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(CODEGEN)) {
      List<Path> missing = dirs.filter(Files::isDirectory)
          .filter(dir -> hasJava(dir) && !Files.exists(dir.resolve("package-info.java")))
          .toList();
      assertEquals(List.of(), missing);
    }
  }

  @Test
  void emittersDoNoIo() throws IOException {
    try (Stream<Path> files = Files.walk(CODEGEN)) {
      List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
          // the pipeline (top package) and the writer may touch files; emitters and their helpers may not
          .filter(p -> !p.getParent().equals(CODEGEN) && !p.startsWith(CODEGEN.resolve("output")))
          .filter(ProjectStructureTest::importsIo)
          .toList();
      assertEquals(List.of(), offenders);
    }
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean importsIo(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("import java.io.") || text.contains("import java.nio.file.Files")
          || text.contains("System.getenv") || text.contains("System.currentTimeMillis") || text.contains("Instant.now");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
