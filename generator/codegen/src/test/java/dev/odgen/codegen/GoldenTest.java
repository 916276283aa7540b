package dev.odgen.codegen;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.odgen.codegen.testing.GoldenFiles;
import dev.odgen.codegen.testing.SampleModels;
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
    Path caseDir = GoldenFiles.caseDir("clinic");
    verify(caseDir, caseDir.resolve("spec"), caseDir);
  }

  /** The second example shipped with odgen ({@code spec/library}): every convention set the common REST way. */
  @Test
  void library() throws IOException {
    Path spec = SampleModels.libraryDir();
    verify(GoldenFiles.caseDir("library"), spec, spec.getParent());
  }

  /** Generates {@code spec} (paths shown relative to {@code baseDir}) and compares with the case's {@code expected/}. */
  private static void verify(Path caseDir, Path spec, Path baseDir) throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path out = fs.getPath("/out");
      CodegenRequest request = CodegenRequest.builder(out).spec(spec).baseDir(baseDir).build();
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
