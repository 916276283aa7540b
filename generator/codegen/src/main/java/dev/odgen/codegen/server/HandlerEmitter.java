package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.runtime.server.RouteRegistrar;
import dev.odgen.runtime.server.Routes;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * A handler per resource that registers exactly the operations and actions the spec declares (the runtime
 * answers 405 for any other method on those paths):
 *
 * <pre>
 * public final class PatientHandler implements RouteRegistrar {
 *   public PatientHandler(PatientDao dao, ProviderDao providerDao, PatientActions actions) { ... }
 *   public void register(Routes routes) {
 *     routes.get("/patients/{PatNum}", this::get);
 *     routes.get("/patients", this::list);
 *     ...
 *   }
 * }
 * </pre>
 */
public final class HandlerEmitter extends JavaEmitter<Resource> {

  static final ClassName ROUTE_REGISTRAR = ClassName.get(RouteRegistrar.class);
  static final ClassName ROUTES = ClassName.get(Routes.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SERVER;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(r -> HandlerPlan.needsHandler(r, ctx)).toList();
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
    HandlerPlan plan = new HandlerPlan(resource, ctx);
    TypeSpec.Builder type = TypeSpec.classBuilder(ctx.names().handler(resource))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ROUTE_REGISTRAR)
        .addJavadoc("The endpoints of resource $L, as the API answers them. Bad input is refused with 400 before\n"
            + "anything is written.\n", resource.name());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    if (plan.hasDao()) {
      field(type, constructor, ctx.names().dao(resource), HandlerPlan.DAO, "reads and writes the rows");
      for (Resource target : plan.referencedResources()) {
        field(type, constructor, ctx.names().dao(target), plan.daoField(target),
            "checks that references to " + target.name() + " exist");
      }
    }
    if (plan.hasActions()) {
      field(type, constructor, ctx.names().actions(resource), HandlerPlan.ACTIONS,
          "the application's actions ({@code NONE} answers 501 to each)");
    }
    return List.of(type
        .addMethod(constructor.build())
        .addMethod(register(plan, ctx))
        .addMethods(new CrudMethods(plan, ctx).methods())
        .addMethods(new ActionMethods(plan, ctx).methods()));
  }

  private static void field(TypeSpec.Builder type, MethodSpec.Builder constructor, ClassName fieldType, String name,
      String doc) {
    type.addField(FieldSpec.builder(fieldType, name, Modifier.PRIVATE, Modifier.FINAL).build());
    constructor.addJavadoc("@param $L $L\n", name, doc)
        .addParameter(fieldType, name)
        .addStatement("this.$N = $N", name, name);
  }

  // emits: @Override public void register(Routes routes) { routes.get("/patients/{PatNum}", this::get); ... }
  private static MethodSpec register(HandlerPlan plan, EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("register")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ROUTES, "routes");
    for (Operation operation : plan.operations()) {
      method.addStatement("routes.$L($S, this::$N)", verb(operation.method()), operation.path(),
          plan.method(operation.kind()));
    }
    for (Action action : plan.resource().actions()) {
      method.addStatement("routes.$L($S, this::$N)", verb(action.method()), action.path(), plan.method(action));
    }
    return method.build();
  }

  private static String verb(String httpMethod) {
    String verb = httpMethod.toLowerCase(Locale.ROOT);
    if (!List.of("get", "post", "put", "delete").contains(verb)) {
      throw new IllegalArgumentException("HTTP method " + httpMethod + " is not supported by the runtime's routes");
    }
    return verb;
  }
}
