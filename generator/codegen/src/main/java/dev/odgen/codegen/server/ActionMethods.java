package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The handler methods of actions: parse and check every input into the action's input record, call the
 * application's implementation, and answer with the action's status and response shape.
 *
 * <pre>
 * private ApiResponse slots(ApiRequest request) {
 *   QueryReader query = request.query();
 *   AppointmentActions.SlotsInput input = new AppointmentActions.SlotsInput(query.optDate("date")..., request.page());
 *   List&lt;OpenSlot&gt; result = actions.slots(input, request);
 *   return ApiResponse.okList(result, (writer, item) -&gt; item.writeJson(writer));
 * }
 * </pre>
 */
final class ActionMethods {

  private static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  private static final ClassName UNCHECKED_IO = ClassName.get("java.io", "UncheckedIOException");

  private final HandlerPlan plan;
  private final EmitContext ctx;

  ActionMethods(HandlerPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    ActionShape.of(plan.resource(), ctx).forEach(shape -> methods.add(method(shape)));
    if (plan.resource().actions().stream().anyMatch(a -> a.response().kind() == ResponseKind.ROWS)) {
      methods.add(writeRows());
    }
    return methods;
  }

  private MethodSpec method(ActionShape shape) {
    Action action = shape.action();
    MethodSpec.Builder method = MethodSpec.methodBuilder(plan.method(action))
        .addJavadoc("{@code $L}.\n", shape.endpoint())
        .addModifiers(Modifier.PRIVATE)
        .returns(CrudMethods.API_RESPONSE)
        .addParameter(ActionsEmitter.API_REQUEST, JavaNames.REQUEST);
    if (shape.hasQuery()) {
      method.addStatement("$T $N = $N.query()", CrudMethods.QUERY_READER, ParamCode.QUERY, JavaNames.REQUEST);
    }
    if (shape.hasBody()) {
      method.addStatement("$T $N = $N.body()", WireCode.WIRE_READER, JavaNames.READER, JavaNames.REQUEST);
    }
    List<CodeBlock> arguments = new ArrayList<>();
    if (shape.hasInput()) {
      ParamCode params = new ParamCode(ctx);
      List<CodeBlock> values = new ArrayList<>();
      for (ActionShape.Component component : shape.components()) {
        values.add(switch (component.source()) {
          case PATH -> params.path(component.property());
          case QUERY -> params.query(component.property().name(), component.property().type(),
              component.property().required());
          case BODY -> params.body(component.property(), plan.resource());
          case PAGE -> CodeBlock.of("$N.page()", JavaNames.REQUEST);
        });
      }
      method.addStatement("$T $N = new $T(\n$>$>$L$<$<)", shape.input(), JavaNames.INPUT, shape.input(),
          CodeBlock.join(values, ",\n"));
      arguments.add(CodeBlock.of("$N", JavaNames.INPUT));
    }
    arguments.add(CodeBlock.of("$N", JavaNames.REQUEST));
    CodeBlock call = CodeBlock.of("$N.$N($L)", HandlerPlan.ACTIONS, shape.method(), CodeBlock.join(arguments, ", "));
    return respond(method, shape, call).build();
  }

  // emits: return ApiResponse.ok(); / return ApiResponse.created("/appointments/" + result.aptNum(), result::writeJson); ...
  private MethodSpec.Builder respond(MethodSpec.Builder method, ActionShape shape, CodeBlock call) {
    Action action = shape.action();
    int status = action.status();
    TypeName response = shape.response();
    if (action.response().kind() == ResponseKind.NONE) {
      method.addStatement("$L", call);
      return status == 200
          ? method.addStatement("return $T.ok()", CrudMethods.API_RESPONSE)
          : method.addStatement("return $T.text($L, $S)", CrudMethods.API_RESPONSE, status, "");
    }
    method.addStatement("$T result = $L", response, call);
    CodeBlock body;
    if (action.response().kind() == ResponseKind.ROWS) {
      body = CodeBlock.of("out -> $N(out, result)", plan.helper("writeRows"));
    } else if (action.response().list()) {
      body = CodeBlock.of("out -> out.listValue(result, (writer, item) -> item.$N(writer))", JavaNames.WRITE_JSON);
    } else {
      body = CodeBlock.of("result::$N", JavaNames.WRITE_JSON);
    }
    // an action that creates a row answers where the row is
    boolean createdRow = action.creates() && action.response().kind() == ResponseKind.RESOURCE
        && !action.response().list();
    if (createdRow) {
      Resource target = shape.target();
      CodeBlock id = CodeBlock.of("result.$N()", ctx.names().fields(target).of(target.idField().orElseThrow()));
      CodeBlock location = CrudMethods.location(target, id);
      return status == 201
          ? method.addStatement("return $T.created($L, $L)", CrudMethods.API_RESPONSE, location, body)
          : method.addStatement("return $L.withHeader($S, $L)", CrudMethods.json(status, body), "Location", location);
    }
    return method.addStatement("return $L", CrudMethods.json(status, body));
  }

  // emits: private static void writeRows(WireWriter out, List<JsonNode> rows) { ... writeTree ... }
  private MethodSpec writeRows() {
    return MethodSpec.methodBuilder(plan.helper("writeRows"))
        .addJavadoc("Writes rows whose columns are known only at run time as a JSON array, as they are.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(WireCode.WIRE_WRITER, "out")
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ActionShape.JSON_NODE), "rows")
        .beginControlFlow("try")
        .addStatement("out.generator().writeStartArray()")
        .beginControlFlow("for ($T row : rows)", ActionShape.JSON_NODE)
        .addStatement("out.generator().writeTree(row)")
        .endControlFlow()
        .addStatement("out.generator().writeEndArray()")
        .nextControlFlow("catch ($T e)", IO_EXCEPTION)
        .addStatement("throw new $T(e)", UNCHECKED_IO)
        .endControlFlow()
        .build();
  }
}
