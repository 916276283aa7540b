package dev.odgen.codegen;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.odgen.codegen.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole pipeline into an in-memory file system and compares every file with the expected tree of
 * the golden case; {@code -Dgolden.update=true} rewrites the expected tree.
 */
class GoldenTest {

  @Test
  void clinic() throws IOException {
    verify("clinic");
  }

  /** Generates the case's {@code spec/} (paths relative to the case folder) and compares with {@code expected/}. */
  private static void verify(String name) throws IOException {
    Path caseDir = GoldenFiles.caseDir(name);
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path out = fs.getPath("/out");
      CodegenRequest request = CodegenRequest.builder(out).spec(caseDir.resolve("spec")).baseDir(caseDir).build();
      Codegen.run(request);
      GoldenFiles.expectedIn(caseDir).verify(read(out));
    }
  }

  /** Every file under {@code root} but the writer's manifest, by relative path. */
  static Map<String, String> read(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString();
        if (!relative.equals(".odgen-manifest")) {
          files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}
