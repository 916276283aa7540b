package dev.odgen.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot be imported: each problem names the JSON pointer and the line, and nothing comes out. */
class MalformedDocumentTest {

  private static final String MINIMAL = """
      openapi: 3.0.3
      info: {title: Things, version: "1"}
      paths:
        /things:
          get:
            responses:
              '200':
                description: things
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Nothing'}
      """;

  private static List<String> problems(String text) {
    ImportException e = assertThrows(ImportException.class, () -> OpenApiImporter.importDocument(text, "doc.yaml"));
    return e.problems().stream().map(p -> p.render("doc.yaml")).toList();
  }

  @Test
  void textThatIsNeitherJsonNorYamlIsRefusedAtItsLine() {
    assertEquals(List.of("doc.yaml:4:1: error: (document): not JSON or YAML: expected the node content, but found"
        + " '<stream end>'"),
        problems("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: [\n"));
  }

  @Test
  void aKeyTwiceIsRefusedAtItsLine() {
    assertEquals(List.of("doc.yaml:4:1: error: /paths: 'paths' is there twice; keep one"),
        problems("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\npaths: {}\n"));
  }

  @Test
  void aliasesAreRefusedSoASmallDocumentCannotExpand() {
    List<String> problems = problems("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nx-a: &a [1, 2]\nx-b: [*a, *a]\n"
        + "paths: {}\n");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("not JSON or YAML: "), problems.get(0));
  }

  @Test
  void swaggerTwoAndOtherVersionsAreNotSupported() {
    assertEquals(List.of("doc.yaml:1:10: error: /swagger: Swagger 2.0 is not supported: convert the document to"
        + " OpenAPI 3 first"), problems("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n"));
    assertEquals(List.of("doc.yaml:1:10: error: /openapi: OpenAPI 4.0 is not supported: use 3.0 or 3.1"),
        problems("openapi: '4.0'\ninfo: {title: T, version: '1'}\npaths: {}\n"));
    assertEquals(List.of("doc.yaml:1:1: error: (document): no 'openapi' version: this is not an OpenAPI document"),
        problems("title: hello\n"));
    assertEquals(List.of("doc.yaml:1:1: error: (document): an OpenAPI document is a JSON object"),
        problems("[1, 2]\n"));
    assertEquals(List.of("doc.yaml:1:1: error: (document): the document is empty"), problems("# nothing\n"));
  }

  @Test
  void whatTheParserFindsMissingIsPlacedAtItsPointer() {
    List<String> problems = problems("openapi: 3.0.3\ninfo:\n  title: T\npaths:\n  /a:\n    get:\n"
        + "      summary: no responses\n");
    assertTrue(problems.contains("doc.yaml:3:3: error: /info/version: info.version is missing"), problems.toString());
    assertTrue(problems.contains("doc.yaml:7:7: error: /paths/~1a/get/responses: paths.'/a'(get).responses is missing"),
        problems.toString());
  }

  @Test
  void aReferenceToNothingIsRefusedAtTheReference() {
    List<String> problems = problems(MINIMAL);
    assertEquals(List.of("doc.yaml:11:30: error: /paths/~1things/get/responses/200/content/application~1json/schema/$ref:"
        + " reference '#/components/schemas/Nothing' points at nothing"), problems);
  }

  @Test
  void anExternalReferenceIsNotFollowed() {
    List<String> problems = problems(MINIMAL.replace("#/components/schemas/Nothing", "other.yaml#/Thing"));
    assertTrue(problems.stream().anyMatch(p -> p.contains("/schema/$ref: ")
        && p.contains("other.yaml#/Thing")), problems.toString());
  }

  @Test
  void nothingIsWrittenIntoAFolderThatHasFiles(@TempDir Path dir) throws Exception {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(spec.resolve("mine.txt"), "keep me");
    assertThrows(java.nio.file.DirectoryNotEmptyException.class,
        () -> SpecDirectory.write(spec, Map.of("api.yaml", "api: {name: X}\n")));
    assertEquals(List.of(spec.resolve("mine.txt")), Files.list(spec).toList());
    SpecDirectory.write(dir.resolve("new"), Map.of("api.yaml", "api: {name: X}\n", "resources/a.yaml", "x\n"));
    assertTrue(Files.isRegularFile(dir.resolve("new/resources/a.yaml")));
    assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staging folder left");
  }
}
