package dev.odgen.maven;

import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.CodegenResult;
import dev.odgen.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Stands in for {@code Codegen.run}: records each request and writes one small file, as a real run would. */
final class FakeEngine implements GenerateMojo.Engine {

  static final String FILE = "com/example/entity/Widget.java";

  final List<CodegenRequest> requests = new ArrayList<>();

  @Override
  public CodegenResult run(CodegenRequest request) {
    requests.add(request);
    GeneratedFile file = new GeneratedFile(FILE, "class Widget {}\n", "test");
    try {
      Path target = request.outputDir().resolve(FILE);
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CodegenResult(List.of(file), List.of(FILE), List.of(), List.of(), Duration.ofMillis(5), false);
  }

  CodegenRequest last() {
    return requests.get(requests.size() - 1);
  }
}
