package dev.odgen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.Emitter;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.output.OutputException;
import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodegenTest {

  private final ApiModel model = SampleModels.clinic();
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path out = fs.getPath("/out");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void theSameSpecGivesByteIdenticalOutput() {
    CodegenRequest request = request().build();
    assertEquals(new Codegen().emit(model, "spec", request), new Codegen().emit(model, "spec", request));
  }

  @Test
  void aSecondRunWritesNothing() {
    CodegenResult first = new Codegen().generate(model, "spec", request().build());
    CodegenResult second = new Codegen().generate(model, "spec", request().build());

    assertEquals(first.files().size(), first.written().size());
    assertEquals(List.of(), second.written());
    assertEquals(first.files().size(), second.unchanged().size());
    assertTrue(second.summary().startsWith("0 files written, " + first.files().size() + " unchanged, 0 removed in "),
        second.summary());
  }

  @Test
  void onlyTheRequestedKindsAreGenerated() {
    List<String> paths = paths(request().only(ArtifactKind.SCHEMA).build());
    assertEquals(List.of("com/example/clinic/schema/ClinicBookSchema.java",
        "com/example/clinic/schema/h2.sql", "com/example/clinic/schema/mariadb.sql"), paths);
  }

  @Test
  void narrowingTheKindsRemovesWhatIsNoLongerGenerated() {
    new Codegen().generate(model, "spec", request().build());
    CodegenResult result = new Codegen().generate(model, "spec", request().only(ArtifactKind.SCHEMA).build());

    assertTrue(result.removed().contains("com/example/clinic/entity/Patient.java"), result.removed().toString());
    assertFalse(Files.exists(out.resolve("com/example/clinic/entity")));
  }

  @Test
  void resourcesAreChosenByResourceOrEntityNameInAnyCase() {
    List<String> paths = paths(request().include("provider").build());
    assertEquals(List.of("com/example/clinic/entity/Provider.java",
        "com/example/clinic/schema/ClinicBookSchema.java",
        "com/example/clinic/schema/h2.sql", "com/example/clinic/schema/mariadb.sql"), paths);
  }

  @Test
  void aSelectedResourceBringsTheEnumsAndModelsItUses() {
    List<String> paths = paths(request().exclude("Providers").only(ArtifactKind.ENTITIES).build());
    assertTrue(paths.containsAll(List.of("com/example/clinic/entity/Flags.java",
        "com/example/clinic/entity/Slot.java", "com/example/clinic/entity/Aging.java")), paths.toString());
    assertFalse(paths.contains("com/example/clinic/entity/Provider.java"), paths.toString());
  }

  @Test
  void anUnknownResourceIsAnErrorThatListsTheKnownOnes() {
    CodegenException e = assertThrows(CodegenException.class, () -> paths(request().include("Patiens").build()));
    assertEquals("unknown resource 'Patiens' to include\n  fix: use one of Patients, Providers; did you mean 'Patients'?", e.getMessage());
  }

  @Test
  void theBasePackageCanBeOverriddenButMustBeAJavaName() {
    assertTrue(paths(request().basePackage("org.acme.dental").build()).contains("org/acme/dental/entity/Patient.java"));
    CodegenException e = assertThrows(CodegenException.class,
        () -> paths(request().basePackage("org.acme.new").build()));
    assertTrue(e.getMessage().startsWith("'org.acme.new' is not a Java package name"), e.getMessage());
  }

  @Test
  void twoEmittersAimingAtOneFileFailBeforeAnythingIsWritten() {
    Emitter twice = new Emitter() {
      @Override
      public ArtifactKind kind() {
        return ArtifactKind.ENTITIES;
      }

      @Override
      public List<GeneratedFile> emit(EmitContext ctx) {
        return List.of(new GeneratedFile("a/A.java", "class A {}", "Twice"));
      }
    };
    Codegen codegen = new Codegen(List.of(twice, twice));
    assertThrows(OutputException.class, () -> codegen.generate(model, "spec", request().build()));
    assertFalse(Files.exists(out));
  }

  private CodegenRequest.Builder request() {
    return CodegenRequest.builder(out).spec(Path.of("spec"));
  }

  private List<String> paths(CodegenRequest request) {
    return new Codegen().emit(model, "spec", request).stream().map(GeneratedFile::path).toList();
  }
}
