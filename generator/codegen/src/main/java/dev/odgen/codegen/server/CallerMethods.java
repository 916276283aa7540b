package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The handler helpers of a resource with {@code fromCaller} fields: the caller's credential, a row with the
 * caller's credentials filled in (create), and whether a row is the caller's (other callers' rows are missing).
 * Without auth there are no credentials: rows keep what they have and every row is visible.
 */
final class CallerMethods {

  private final HandlerPlan plan;
  private final EmitContext ctx;
  private final Resource resource;
  private final ClassName entity;
  private final Identifiers fields;

  CallerMethods(HandlerPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
    this.resource = plan.resource();
    this.entity = ctx.names().entity(resource);
    this.fields = ctx.names().fields(resource);
  }

  List<MethodSpec> methods() {
    return List.of(credential(), withCaller(), callerOwns());
  }

  // emits: private static String credential(ApiRequest request, int index) { List<String> c = request.credentials(); ... }
  private MethodSpec credential() {
    return MethodSpec.methodBuilder(plan.helper("credential"))
        .addJavadoc("The caller's credential at {@code index} in the API's order; {@code null} without auth.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(ActionsEmitter.API_REQUEST, JavaNames.REQUEST)
        .addParameter(int.class, "index")
        .addStatement("$T credentials = $N.credentials()", ParameterizedTypeName.get(List.class, String.class),
            JavaNames.REQUEST)
        .addStatement("return credentials.isEmpty() ? null : credentials.get(index)")
        .build();
  }

  // emits: private static Subscription withCaller(ApiRequest request, Subscription row) { String customerKey = ...; return new Subscription(...); }
  private MethodSpec withCaller() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(plan.helper("withCaller"))
        .addJavadoc("{@code row} with the caller's credentials in the fields that hold them (as it is without auth).\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(entity)
        .addParameter(ActionsEmitter.API_REQUEST, JavaNames.REQUEST)
        .addParameter(entity, "row");
    for (Field field : resource.callerFields()) {
      method.addStatement("$T $N = $N($N, $L)", String.class, local(field), plan.helper("credential"),
          JavaNames.REQUEST, CrudMethods.credentialIndex(ctx, field));
    }
    List<CodeBlock> values = resource.fields().stream().map(field -> {
      String accessor = fields.of(field.name());
      return resource.callerFields().contains(field)
          ? CodeBlock.of("$N == null ? row.$N() : $N", local(field), accessor, local(field))
          : CodeBlock.of("row.$N()", accessor);
    }).toList();
    return method.addStatement("return new $T(\n$>$>$L$<$<)", entity, CodeBlock.join(values, ",\n")).build();
  }

  // emits: private static boolean callerOwns(ApiRequest request, Subscription row) { return Objects.equals(...) && ...; }
  private MethodSpec callerOwns() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(plan.helper("callerOwns"))
        .addJavadoc("Whether {@code row} belongs to the caller (any row without auth).\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(ActionsEmitter.API_REQUEST, JavaNames.REQUEST)
        .addParameter(entity, "row");
    List<CodeBlock> checks = resource.callerFields().stream().map(field -> {
      method.addStatement("$T $N = $N($N, $L)", String.class, local(field), plan.helper("credential"),
          JavaNames.REQUEST, CrudMethods.credentialIndex(ctx, field));
      return CodeBlock.of("$N == null || $T.equals($N, row.$N())", local(field), Objects.class, local(field),
          fields.of(field.name()));
    }).toList();
    if (checks.size() > 1) {
      checks = checks.stream().map(check -> CodeBlock.of("($L)", check)).toList();
    }
    return method.addStatement("return $L", CodeBlock.join(checks, " && ")).build();
  }

  // the field's own identifier cannot clash with "request" or "row" in practice; prefix it to be sure
  private String local(Field field) {
    String name = fields.of(field.name());
    return "caller" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
