package dev.odgen.codegen.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.runtime.server.Page;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How one action looks in Java: its input record's components (path, query and body parameters, then the
 * page) and the type it answers with. Shared by the actions interface and the handler, so both agree.
 */
final class ActionShape {

  static final ClassName PAGE = ClassName.get(Page.class);
  static final ClassName JSON_NODE = ClassName.get(JsonNode.class);

  /** Where a component's value comes from. */
  enum Source { PATH, QUERY, BODY, PAGE }

  /** One component of the input record. */
  record Component(String identifier, TypeName type, Source source, Property property) {}

  private final Resource resource;
  private final Action action;
  private final EmitContext ctx;

  ActionShape(Resource resource, Action action, EmitContext ctx) {
    this.resource = resource;
    this.action = action;
    this.ctx = ctx;
  }

  Action action() {
    return action;
  }

  Resource resource() {
    return resource;
  }

  String method() {
    return ctx.names().actionMethod(action);
  }

  ClassName input() {
    return ctx.names().actionInput(resource, action);
  }

  boolean hasInput() {
    return !components().isEmpty();
  }

  boolean hasBody() {
    return !action.body().isEmpty();
  }

  boolean hasQuery() {
    return !action.params().isEmpty();
  }

  /** Required values are primitives, optional ones nullable (lists empty when absent). */
  List<Component> components() {
    List<String> identifiers = ctx.names().actionInputComponents(action);
    List<Component> components = new ArrayList<>();
    int i = 0;
    for (Property p : action.pathParams()) {
      components.add(new Component(identifiers.get(i++), type(p), Source.PATH, p));
    }
    for (Property p : action.params()) {
      components.add(new Component(identifiers.get(i++), type(p), Source.QUERY, p));
    }
    for (Property p : action.body()) {
      components.add(new Component(identifiers.get(i++), type(p), Source.BODY, p));
    }
    if (action.paged()) {
      components.add(new Component(identifiers.get(i), PAGE, Source.PAGE, null));
    }
    return components;
  }

  /** The Java type the implementation returns: an entity, a model, lists of them, JSON rows, or void. */
  TypeName response() {
    ResponseShape response = action.response();
    TypeName element = switch (response.kind()) {
      case NONE -> TypeName.VOID;
      case RESOURCE -> ctx.names().entity(target());
      case MODEL -> ctx.names().model(response.target().orElseThrow());
      case ROWS -> JSON_NODE;
    };
    boolean list = response.list() || response.kind() == ResponseKind.ROWS;
    return list && element != TypeName.VOID ? ParameterizedTypeName.get(ClassName.get(List.class), element) : element;
  }

  /** The resource a resource response carries. */
  Resource target() {
    String name = action.response().target().orElse(resource.name());
    return ctx.model().resource(name).orElseThrow();
  }

  /** {@code PUT /appointments/{AptNum}/Break}, under the API's base path. */
  String endpoint() {
    return action.method() + " " + ctx.model().api().basePath() + action.path();
  }

  private TypeName type(Property property) {
    return property.required() || property.type().list()
        ? ctx.types().of(property.type())
        : ctx.types().nullable(property.type());
  }

  static Stream<ActionShape> of(Resource resource, EmitContext ctx) {
    return resource.actions().stream().map(a -> new ActionShape(resource, a, ctx));
  }
}
