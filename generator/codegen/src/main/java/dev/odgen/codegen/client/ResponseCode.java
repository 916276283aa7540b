package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import java.util.List;

/**
 * What a call returns and how it reads it from the runtime's {@code Response}: an entity or a model (one,
 * or a list), raw rows as {@code JsonNode}s, or nothing.
 */
final class ResponseCode {

  private final EmitContext ctx;

  ResponseCode(EmitContext ctx) {
    this.ctx = ctx;
  }

  /** {@code Patient}, {@code List<Slot>}, {@code List<JsonNode>} or {@code void}. */
  TypeName type(ResponseShape shape, Resource owner) {
    if (shape.kind() == ResponseKind.NONE) {
      return TypeName.VOID;
    }
    ClassName element = element(shape, owner);
    return shape.list() ? ParameterizedTypeName.get(ClassName.get(List.class), element) : element;
  }

  /** The reading call to append to a response: {@code .object(Patient::fromJson)}, {@code .list(WireReader::node)}. */
  CodeBlock read(ResponseShape shape, Resource owner) {
    if (shape.kind() == ResponseKind.NONE) {
      throw new IllegalArgumentException("a call without a response reads nothing");
    }
    String method = shape.list() ? "list" : "object";
    if (shape.kind() == ResponseKind.ROWS) {
      return CodeBlock.of(".$L($T::node)", method, WireCode.WIRE_READER);
    }
    return CodeBlock.of(".$L($T::$L)", method, element(shape, owner), JavaNames.FROM_JSON);
  }

  /** The entity of {@code owner} read as one object: {@code Patient::fromJson}. */
  CodeBlock entityReader(Resource owner) {
    return CodeBlock.of("$T::$L", ctx.names().entity(owner), JavaNames.FROM_JSON);
  }

  /** The type of one item of a response that has a body: {@code Patient}, {@code Slot}, {@code JsonNode}. */
  ClassName element(ResponseShape shape, Resource owner) {
    return switch (shape.kind()) {
      case RESOURCE -> ctx.names().entity(shape.target().flatMap(ctx.model()::resource).orElse(owner));
      case MODEL -> ctx.names().model(shape.target().orElseThrow(
          () -> new IllegalArgumentException("a model response without its model in " + owner.name())));
      case ROWS -> ClientTypes.JSON_NODE;
      case NONE -> throw new IllegalArgumentException("no element type for a call without a response");
    };
  }
}
