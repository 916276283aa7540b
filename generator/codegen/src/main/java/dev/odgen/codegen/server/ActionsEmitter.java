package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.StatusException;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Resource;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Per resource with actions, the interface the application implements to carry them out, with a typed
 * input record per action. Every method has a default that answers 501 (410 for deprecated actions), so an
 * application implements only what it supports and the server never invents an answer:
 *
 * <pre>
 * public interface AppointmentActions {
 *   AppointmentActions NONE = new AppointmentActions() {};
 *   default void _break(BreakInput input, ApiRequest request) { throw new StatusException(501, ...); }
 *   record BreakInput(long aptNum, boolean sendToUnscheduledList, String breakType) {}
 * }
 * </pre>
 */
public final class ActionsEmitter extends JavaEmitter<Resource> {

  static final ClassName API_REQUEST = ClassName.get(ApiRequest.class);
  static final ClassName STATUS_EXCEPTION = ClassName.get(StatusException.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SERVER;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(r -> !r.actions().isEmpty()).toList();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().serverPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    ClassName name = ctx.names().actions(resource);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The actions of resource $L, carried out by the application. A method left as it is answers\n"
            + "501 (410 when the action is deprecated); the handler has parsed and checked every input before.\n",
            resource.name())
        .addField(FieldSpec.builder(name, "NONE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("No action implemented.\n")
            .initializer("new $T() {}", name)
            .build());
    ActionShape.of(resource, ctx).forEach(shape -> type.addMethod(method(shape)));
    ActionShape.of(resource, ctx).filter(ActionShape::hasInput).forEach(shape -> type.addType(input(shape)));
    return List.of(type);
  }

  // emits: default void _break(BreakInput input, ApiRequest request) { throw new StatusException(501, request.method() + ...); }
  private static MethodSpec method(ActionShape shape) {
    Action action = shape.action();
    MethodSpec.Builder method = MethodSpec.methodBuilder(shape.method())
        .addJavadoc("{@code $L}$L\n", shape.endpoint(), Docs.notes(action.notes()).isEmpty() ? "." : ":" + Docs.notes(action.notes()))
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(shape.response());
    if (shape.hasInput()) {
      method.addParameter(shape.input(), JavaNames.INPUT);
    }
    method.addParameter(API_REQUEST, JavaNames.REQUEST);
    if (action.deprecated().isPresent()) {
      return method.addStatement("throw new $T(410, $N.method() + $S + $N.path() + $S)", STATUS_EXCEPTION,
          JavaNames.REQUEST, " ", JavaNames.REQUEST, " was deprecated in version " + action.deprecated().get()).build();
    }
    return method.addStatement("throw new $T(501, $N.method() + $S + $N.path() + $S)", STATUS_EXCEPTION,
        JavaNames.REQUEST, " ", JavaNames.REQUEST, " is not implemented by this server").build();
  }

  // emits: record BreakInput(long aptNum, boolean sendToUnscheduledList, String breakType) {}
  private static TypeSpec input(ActionShape shape) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc = CodeBlock.builder().add("The inputs of action {@code $L}, parsed and checked.\n\n", shape.action().name());
    for (ActionShape.Component component : shape.components()) {
      constructor.addParameter(ParameterSpec.builder(component.type(), component.identifier()).build());
      doc.add("@param $L $L\n", component.identifier(), describe(component));
    }
    return TypeSpec.recordBuilder(shape.input())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build())
        .build();
  }

  private static String describe(ActionShape.Component component) {
    if (component.source() == ActionShape.Source.PAGE) {
      return "the page asked for";
    }
    String where = switch (component.source()) {
      case PATH -> "path parameter";
      case QUERY -> "query parameter";
      default -> "body field";
    };
    String optional = component.property().required() ? "" : component.property().type().list()
        ? " (empty when absent)" : " (null when absent)";
    String notes = component.property().notes().isBlank() ? "" : ": " + Docs.text(component.property().notes());
    return where + " {@code " + Docs.text(component.property().name()) + "}" + optional + notes;
  }
}
