package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.CodegenRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {

  @TempDir Path dir;

  private Path spec;
  private CodegenRequest request;

  @BeforeEach
  void spec() throws IOException {
    spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("api.yaml"), "api: {}\n");
    Files.createDirectories(spec.resolve("resources"));
    Files.writeString(spec.resolve("resources/widgets.yaml"), "resource: Widgets\n");
    request = CodegenRequest.builder(spec, dir.resolve("out")).baseDir(dir).build();
  }

  @Test
  void sameInputsGiveTheSameDigest() throws IOException {
    String first = digest(request);

    assertEquals(first, digest(CodegenRequest.builder(spec, dir.resolve("out")).baseDir(dir).build()));
    assertEquals(64, first.length());
  }

  @Test
  void fileContentCounts() throws IOException {
    String before = digest(request);
    Files.writeString(spec.resolve("resources/widgets.yaml"), "resource: Gadgets\n");

    assertNotEquals(before, digest(request));
  }

  @Test
  void fileNameCounts() throws IOException {
    String before = digest(request);
    Files.move(spec.resolve("resources/widgets.yaml"), spec.resolve("resources/gadgets.yaml"));

    assertNotEquals(before, digest(request));
  }

  @Test
  void removedFileCounts() throws IOException {
    String before = digest(request);
    Files.delete(spec.resolve("resources/widgets.yaml"));

    assertNotEquals(before, digest(request));
  }

  @Test
  void everySettingCounts() throws IOException {
    String before = digest(request);

    assertNotEquals(before, digest(request.toBuilder().basePackage("com.example").build()));
    assertNotEquals(before, digest(request.toBuilder().only(ArtifactKind.CLIENT).build()));
    assertNotEquals(before, digest(request.toBuilder().include("Widgets").build()));
    assertNotEquals(before, digest(request.toBuilder().exclude("Widgets").build()));
    assertNotEquals(before, InputDigest.of(spec, request, "0.2.0"));
  }

  @Test
  void kindOrderDoesNotCount() throws IOException {
    assertEquals(
        digest(request.toBuilder().only(ArtifactKind.CLIENT, ArtifactKind.ENTITIES).build()),
        digest(request.toBuilder().only(ArtifactKind.ENTITIES, ArtifactKind.CLIENT).build()));
  }

  @Test
  void singleFileSpec() throws IOException {
    Path file = spec.resolve("api.yaml");
    CodegenRequest single = CodegenRequest.builder(file, dir.resolve("out")).build();
    String before = InputDigest.of(file, single, "0.1.0");
    Files.writeString(file, "api: {name: X}\n");

    assertNotEquals(before, InputDigest.of(file, single, "0.1.0"));
  }

  private String digest(CodegenRequest r) throws IOException {
    return InputDigest.of(spec, r, "0.1.0");
  }
}
