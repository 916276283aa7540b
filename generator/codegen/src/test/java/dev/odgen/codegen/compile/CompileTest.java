package dev.odgen.codegen.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.codegen.testing.SampleModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated code is valid Java without a single warning ({@code -Xlint:all -Werror}), compiled against the
 * runtime, for the golden case and for the bundled Open Dental spec; the generated SQL scripts are what
 * the runtime creates from the generated schema class; and the whole Open Dental server starts.
 */
class CompileTest {

  private static final CodegenRequest REQUEST = CodegenRequest.builder(Path.of("unused")).spec(Path.of("spec")).build();

  @Test
  void theGoldenCaseCompilesWithoutWarnings() throws Exception {
    List<GeneratedFile> files = new Codegen().emit(SampleModels.clinic(), "spec", REQUEST);
    Compilation compilation = CompileCheck.compile(files);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aResourceOfTheGoldenCaseCompilesOnItsOwn() {
    // Appointments looks up Patients and Providers and collects Procedures, none of them generated here
    CodegenRequest appointmentsOnly = REQUEST.toBuilder().include("Appointments").build();
    List<GeneratedFile> files = new Codegen().emit(SampleModels.clinic(), "spec", appointmentsOnly);
    assertThat(CompileCheck.compile(files)).succeededWithoutWarnings();
    // a composite resource alone: a server of actions only, without a database
    CodegenRequest reportsOnly = REQUEST.toBuilder().include("Reports").build();
    assertThat(CompileCheck.compile(new Codegen().emit(SampleModels.clinic(), "spec", reportsOnly)))
        .succeededWithoutWarnings();
  }

  @Test
  void theLibrarySpecCompilesWithoutWarnings() {
    List<GeneratedFile> files = new Codegen().emit(SampleModels.library(), "library", REQUEST);
    assertThat(CompileCheck.compile(files)).succeededWithoutWarnings();
  }

  @Test
  void theOpenDentalSpecCompilesWithoutWarnings() throws Exception {
    List<GeneratedFile> files = new Codegen().emit(SampleModels.openDental(), "opendental", REQUEST);
    Compilation compilation = CompileCheck.compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    OpenDentalSmoke.verify(CompileCheck.classLoader(compilation));
  }
}
