package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.spec.yaml.SpecSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputDigestTest {

  private static final SpecSource API = new SpecSource("spec/api.yaml", "api: {}\n");
  private static final SpecSource WIDGETS = new SpecSource("spec/widgets.yaml", "resource: Widgets\n");
  private static final List<SpecSource> SPEC = List.of(API, WIDGETS);

  private final CodegenRequest request =
      CodegenRequest.builder(Path.of("/project/out"))
          .spec(Path.of("/project/spec"))
          .baseDir(Path.of("/project"))
          .build();

  @Test
  void sameInputsGiveTheSameDigest() {
    String first = InputDigest.of(SPEC, request, "0.1.0");

    assertEquals(first, InputDigest.of(List.of(WIDGETS, API), request.toBuilder().build(), "0.1.0"));
    assertEquals(64, first.length());
  }

  @Test
  void fileTextCounts() {
    assertNotEquals(digest(SPEC),
        digest(List.of(API, new SpecSource("spec/widgets.yaml", "resource: Gadgets\n"))));
  }

  @Test
  void filePathCounts() {
    assertNotEquals(digest(SPEC),
        digest(List.of(API, new SpecSource("spec/gadgets.yaml", WIDGETS.text()))));
  }

  @Test
  void removedFileCounts() {
    assertNotEquals(digest(SPEC), digest(List.of(API)));
  }

  @Test
  void pathAndTextAreKeptApart() {
    assertNotEquals(
        digest(List.of(new SpecSource("a", "bc"))),
        digest(List.of(new SpecSource("ab", "c"))));
  }

  @Test
  void everySettingCounts() {
    String before = digest(SPEC);

    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().basePackage("com.example").build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().only(ArtifactKind.CLIENT).build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().include("Widgets").build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().exclude("Widgets").build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().spec(Path.of("/project/other-spec")).build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().baseDir(Path.of("/other")).build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request.toBuilder().generatedAnnotation(false).build(), "0.1.0"));
    assertNotEquals(before, InputDigest.of(SPEC, request, "0.2.0"));
  }

  @Test
  void kindOrderDoesNotCount() {
    assertEquals(
        InputDigest.of(SPEC, request.toBuilder().only(ArtifactKind.CLIENT, ArtifactKind.ENTITIES).build(), "0.1.0"),
        InputDigest.of(SPEC, request.toBuilder().only(ArtifactKind.ENTITIES, ArtifactKind.CLIENT).build(), "0.1.0"));
  }

  private String digest(List<SpecSource> files) {
    return InputDigest.of(files, request, "0.1.0");
  }
}
