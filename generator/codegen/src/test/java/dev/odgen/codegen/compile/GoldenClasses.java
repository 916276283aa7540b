package dev.odgen.codegen.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.codegen.testing.SampleModels;
import java.nio.file.Path;

/** Every generated class of the golden case, compiled once per test run (compiling takes seconds). */
final class GoldenClasses {

  private static ClassLoader classes;

  private GoldenClasses() {}

  static synchronized ClassLoader get() {
    if (classes == null) {
      Compilation compilation = CompileCheck.compile(
          new Codegen().emit(SampleModels.clinic(), "spec", CodegenRequest.builder(Path.of("unused")).spec(Path.of("spec")).build()));
      assertThat(compilation).succeeded();
      classes = CompileCheck.classLoader(compilation);
    }
    return classes;
  }
}
