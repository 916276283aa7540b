package dev.odgen.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.openapi.DocumentText;
import dev.odgen.codegen.openapi.OpenApiDocument;
import dev.odgen.spec.model.ApiModel;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exported documents are valid for the reference parser: no errors, no warnings, every path there. */
class ExportedDocumentTest {

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void openDentalDocumentHasNoErrorsOrWarnings(String format) throws Exception {
    check(Specs.openDental(), format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void clinicDocumentHasNoErrorsOrWarnings(String format) throws Exception {
    check(Specs.clinic(), format);
  }

  /** A spec without credentials describes an API without auth: no security scheme, no 401 answers. */
  @org.junit.jupiter.api.Test
  void anApiWithoutCredentialsHasNoSecurity() throws Exception {
    ApiModel model = dev.odgen.spec.SpecLoader.load(List.of(
        new dev.odgen.spec.yaml.SpecSource("api.yaml", "api: {name: Open, basePath: /v1, package: com.example.open}\n"),
        new dev.odgen.spec.yaml.SpecSource("things.yaml", """
            resource: Things
            entity: Thing
            path: /things
            table: thing
            id: ThingNum
            fields:
              - {name: ThingNum, type: id}
            operations:
              get: {}
            """)), "open");
    var document = OpenApiDocument.of(model);
    assertTrue(document.path("security").isMissingNode(), document.toString());
    assertTrue(document.path("components").path("securitySchemes").isMissingNode());
    assertTrue(document.at("/paths/~1things~1{ThingNum}/get/responses/401").isMissingNode());
    assertTrue(document.at("/paths/~1things~1{ThingNum}/get/responses/404").isObject());
    check(model, "json");
  }

  /** The check above can fail: the parser does report a 3.1 document that lacks what OpenAPI requires. */
  @org.junit.jupiter.api.Test
  void parserReportsABrokenDocument() {
    var document = OpenApiDocument.of(Specs.clinic());
    document.remove("info");
    ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("paths").get("/patients").get("get"))
        .remove("responses");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(DocumentText.json(document), null, new ParseOptions());
    assertTrue(result.getMessages().stream().anyMatch(m -> m.contains("info")), result.getMessages().toString());
  }

  private static void check(ApiModel model, String format) {
    var document = OpenApiDocument.of(model);
    String text = format.equals("json") ? DocumentText.json(document) : DocumentText.yaml(document);
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    assertEquals(List.of(), messages, "the parser's errors and warnings");
    assertNotNull(result.getOpenAPI(), "no document came out of the parser");
    long expectedPaths = model.resources().stream()
        .flatMap(r -> java.util.stream.Stream.concat(r.operations().stream().map(o -> o.path()),
            r.actions().stream().map(a -> a.path())))
        .distinct().count();
    assertEquals(expectedPaths, result.getOpenAPI().getPaths().size(), "paths in the document");
    assertTrue(result.getOpenAPI().getComponents().getSchemas().size() > model.enums().size());
  }
}
