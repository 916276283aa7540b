package dev.odgen.codegen.server;

import com.palantir.javapoet.NameAllocator;
import dev.odgen.codegen.dao.ReferenceCounts;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.entity.PatchFields;
import dev.odgen.spec.link.Paths;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the handler of one resource needs: its own DAO (when it has a table), the DAOs of the resources its
 * create and update bodies refer to (for reference checks), whether it has actions, and the names of its
 * methods, allocated so that an action named like a CRUD method or a helper still gets its own name.
 */
final class HandlerPlan {

  static final String DAO = "dao";
  static final String ACTIONS = "actions";

  private final Resource resource;
  private final EmitContext ctx;
  private final NameAllocator methods = new NameAllocator();

  HandlerPlan(Resource resource, EmitContext ctx) {
    this.resource = resource;
    this.ctx = ctx;
    methods.newName("register", "register");
    for (OperationKind kind : OperationKind.values()) {
      methods.newName(kind.specName(), kind);
    }
    for (String helper : List.of("notFound", "checkCreateReferences", "checkUpdateReferences", "writeRows",
        "credential", "withCaller", "callerOwns")) {
      methods.newName(helper, helper);
    }
    resource.actions().forEach(action -> methods.newName(ctx.names().actionMethod(action), action));
  }

  static boolean needsHandler(Resource resource, EmitContext ctx) {
    return hasDao(resource, ctx) && !resource.operations().isEmpty() || !resource.actions().isEmpty();
  }

  static boolean hasDao(Resource resource, EmitContext ctx) {
    return resource.hasTable() && resource.id().isPresent() && ctx.resources().contains(resource);
  }

  Resource resource() {
    return resource;
  }

  boolean hasDao() {
    return hasDao(resource, ctx);
  }

  boolean hasActions() {
    return !resource.actions().isEmpty();
  }

  /** The CRUD operations the handler serves: all of them when there is a DAO. */
  List<Operation> operations() {
    return hasDao() ? resource.operations() : List.of();
  }

  String method(OperationKind kind) {
    return methods.get(kind);
  }

  String method(Action action) {
    return methods.get(action);
  }

  String helper(String name) {
    return methods.get(name);
  }

  /** The ref fields a create or update body sets whose target is generated with a table, in wire order. */
  List<Field> checkedRefs(Operation operation) {
    List<Field> refs = new ArrayList<>();
    for (BodyField body : operation.body()) {
      Field field = PatchFields.field(resource, body);
      // a ref that travels by name is checked by the name lookup when the DAO writes it
      if (field.kind() == FieldType.REF && !field.type().list() && !field.travelsByName() && target(field).isPresent()
          && !refs.contains(field)) {
        refs.add(field);
      }
    }
    return refs;
  }

  /**
   * The resources other than this one whose DAOs the handler needs, in name order: those its reference checks look
   * up, and those whose rows may refer to a row it deletes.
   */
  List<Resource> referencedResources() {
    List<Resource> targets = new ArrayList<>();
    if (operations().stream().anyMatch(op -> op.kind() == OperationKind.DELETE)) {
      for (ReferenceCounts.Referrer referrer : referrers()) {
        if (!referrer.resource().equals(resource) && !targets.contains(referrer.resource())) {
          targets.add(referrer.resource());
        }
      }
    }
    for (Operation operation : operations()) {
      if (operation.kind() == OperationKind.CREATE || operation.kind() == OperationKind.UPDATE) {
        for (Field field : checkedRefs(operation)) {
          Resource target = target(field).orElseThrow();
          if (!target.equals(resource) && !targets.contains(target)) {
            targets.add(target);
          }
        }
      }
    }
    targets.sort((a, b) -> a.name().compareTo(b.name()));
    return targets;
  }

  /** The references to this resource a DELETE must find none of (empty when the API allows such deletes). */
  List<ReferenceCounts.Referrer> referrers() {
    return hasDao() ? ReferenceCounts.to(resource, ctx) : List.of();
  }

  /** The generated resource with a table a ref field points at. */
  Optional<Resource> target(Field field) {
    return field.type().ref()
        .flatMap(ctx.model()::resource)
        .filter(r -> hasDao(r, ctx));
  }

  /** The field holding the DAO of {@code target}: {@code dao} for this resource itself. */
  String daoField(Resource target) {
    return target.equals(resource) ? DAO : ctx.names().daoVariable(target);
  }

  /** The path parameter that carries the id in an item path: the last placeholder. */
  static String idParam(Operation operation, Resource resource) {
    List<String> placeholders = Paths.placeholders(operation.path());
    return placeholders.isEmpty() ? resource.idField().orElseThrow() : placeholders.get(placeholders.size() - 1);
  }
}
