package dev.odgen.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document another team wrote (no odgen extensions): what becomes a resource, an action, and what is left out. */
class ForeignImportTest {

  private static ImportResult result;
  private static ApiModel model;

  @BeforeAll
  static void importShop() throws Exception {
    result = OpenApiImporter.importDocument(document("shop.yaml"), "shop.yaml");
    model = SpecLoader.load(result.files().entrySet().stream()
        .map(e -> new SpecSource(e.getKey(), e.getValue())).toList(), "shop");
  }

  static String document(String name) throws IOException {
    try (InputStream in = ForeignImportTest.class.getResourceAsStream("/documents/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aSchemaWithACollectionAndItemPathIsAResourceWithCrud() {
    Resource products = model.resource("Products").orElseThrow();
    assertEquals("Product", products.entityName());
    assertEquals("product", products.table().orElseThrow());
    assertEquals("id", products.idField().orElseThrow());
    assertEquals(List.of(OperationKind.GET, OperationKind.LIST, OperationKind.CREATE, OperationKind.DELETE),
        products.operations().stream().map(o -> o.kind()).toList());
    assertEquals(List.of("id", "name", "price", "category", "status", "addedOn", "updatedAt"),
        products.fields().stream().map(f -> f.name()).toList());
    assertEquals(80, products.field("name").orElseThrow().type().maxLength());
    assertEquals(FieldType.DATE_TIME, products.field("updatedAt").orElseThrow().kind());
    assertEquals(List.of("food", "drink", "household"), model.enumType("Category").orElseThrow().members().stream()
        .map(m -> m.name()).toList());
    assertEquals(204, products.operation(OperationKind.DELETE).orElseThrow().status());
    assertTrue(products.field("name").orElseThrow().requiredOnCreate());
    assertTrue(products.field("id").orElseThrow().readOnly());
  }

  @Test
  void queryParametersBecomeFiltersAndPagingTheApisPaging() {
    var filters = model.resource("Products").orElseThrow().operation(OperationKind.LIST).orElseThrow().filters();
    assertEquals(List.of("category", "inStock"), filters.stream().map(f -> f.param()).toList());
    assertEquals(MatchKind.EQUALS, filters.get(0).match());
    assertEquals(MatchKind.CUSTOM, filters.get(1).match());
    assertEquals(FieldType.BOOL, filters.get(1).type().kind());
    assertEquals("offset", model.api().paging().offsetParam());
    assertEquals("Bearer", model.api().auth().scheme());
    assertEquals("/v2", model.api().basePath());
  }

  @Test
  void otherOperationsBecomeActionsWithModelsAndRows() {
    Action restock = model.resource("Products").orElseThrow().actions().get(0);
    assertEquals("restockProduct", restock.name());
    assertEquals(List.of("quantity", "note"), restock.body().stream().map(p -> p.name()).toList());
    assertEquals(ResponseKind.MODEL, restock.response().kind());
    assertTrue(model.model("StockChange").isPresent(), "a model's own model fields bring their models");
    Action sales = model.resource("Reports").orElseThrow().actions().get(0);
    assertEquals(ResponseKind.ROWS, sales.response().kind());
    assertEquals(FieldType.DATE, sales.params().get(0).type().kind());
  }

  @Test
  void whatCannotBeMappedIsListedWithItsReason() {
    assertEquals(List.of(
        "GET /products: header parameter 'X-Trace' is not mapped: the spec's filters are query parameters",
        "Products responseField tags: it is a list, which a table column cannot hold",
        "Products responseField supplier: it is an object, which a table column cannot hold",
        "Products GET /products queryParam tags: it takes a list, which a filter cannot",
        "Products POST /products bodyField barcode: no field of Products has this name",
        "Products POST /products/{productId}/restock bodyField supplier: it is an inline object or one without"
            + " properties; give it a component schema"), result.leftOut());
    String exclusions = result.files().get("exclusions.yaml");
    assertTrue(exclusions.startsWith("# Not mapped, and not expressible as exclusion entries:\n"
        + "# - GET /products: header parameter 'X-Trace'"), exclusions);
    assertEquals(5, model.exclusions().size());
  }

  @Test
  void codeGeneratedFromTheImportedSpecCompiles() {
    CodegenRequest request = CodegenRequest.builder(Path.of("unused"))
        .spec(Path.of("shop"))
        .only(EnumSet.complementOf(EnumSet.of(ArtifactKind.OPENAPI)))
        .build();
    Compilation compilation = CompileCheck.compile(new Codegen().emit(model, "shop", request));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
  }
}
