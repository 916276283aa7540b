package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.Emitter;
import dev.odgen.codegen.emit.GeneratedFile;
import java.util.List;

/**
 * The OpenAPI 3.1 document of the selection, as {@code <package path>/openapi.json} and {@code openapi.yaml}: the
 * files a generated server serves at {@code <basePath>/openapi.json} and {@code .yaml}.
 */
public final class OpenApiEmitter implements Emitter {

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.OPENAPI;
  }

  @Override
  public List<GeneratedFile> emit(EmitContext ctx) {
    ObjectNode document = OpenApiDocument.of(ctx);
    return List.of(
        new GeneratedFile(ctx.names().openApiDocument("json"), DocumentText.json(document), getClass().getName()),
        new GeneratedFile(ctx.names().openApiDocument("yaml"), DocumentText.yaml(document), getClass().getName()));
  }
}
