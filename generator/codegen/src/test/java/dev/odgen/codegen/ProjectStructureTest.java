package dev.odgen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Emitters stay pure: only the pipeline and the output writer touch files (package-info files are checked for
 * the whole repository by {@code RepositoryStructureTest}). */
class ProjectStructureTest {

  private static final Path CODEGEN = Path.of("src/main/java/dev/odgen/codegen");

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
