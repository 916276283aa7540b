package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.dao.ReferenceCounts;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.entity.PatchFields;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.server.ApiResponse;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.ConflictException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.runtime.server.Page;
import dev.odgen.runtime.wire.QueryReader;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The handler methods of the CRUD operations, as the API behaves: GET one (404 with an explanation when
 * missing), GET a filtered page, POST (required fields and references checked, 201 with {@code Location} and
 * the created row), PUT (a partial update, the row read back) and DELETE.
 */
final class CrudMethods {

  static final ClassName API_RESPONSE = ClassName.get(ApiResponse.class);
  static final ClassName BAD_REQUEST = ClassName.get(BadRequestException.class);
  static final ClassName CONFLICT = ClassName.get(ConflictException.class);
  static final ClassName NOT_FOUND = ClassName.get(NotFoundException.class);
  static final ClassName PAGE = ClassName.get(Page.class);
  static final ClassName QUERY_READER = ClassName.get(QueryReader.class);

  private final HandlerPlan plan;
  private final EmitContext ctx;
  private final Resource resource;
  private final ClassName entity;

  CrudMethods(HandlerPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
    this.resource = plan.resource();
    this.entity = ctx.names().entity(resource);
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (Operation operation : plan.operations()) {
      methods.add(switch (operation.kind()) {
        case GET -> get(operation);
        case LIST -> list(operation);
        case CREATE -> create(operation);
        case UPDATE -> update(operation);
        case DELETE -> delete(operation);
      });
    }
    for (Operation operation : plan.operations()) {
      if (hasReferenceChecks(operation)) {
        methods.add(checkReferences(operation));
      }
    }
    if (plan.operations().stream().anyMatch(op -> op.kind() != OperationKind.LIST)) {
      methods.add(notFound());
    }
    if (!resource.callerFields().isEmpty()) {
      methods.addAll(new CallerMethods(plan, ctx).methods());
    }
    return methods;
  }

  // emits: private ApiResponse get(ApiRequest request) { long id = request.pathLong("PatNum"); ... }
  private MethodSpec get(Operation operation) {
    return handler(operation)
        .addStatement("long id = $N.pathLong($S)", JavaNames.REQUEST, HandlerPlan.idParam(operation, resource))
        .addStatement("$T row = $N.$N(id)$L.orElseThrow(() -> $N(id))", entity, HandlerPlan.DAO, JavaNames.FIND_BY_ID,
            callerFilter(), plan.helper("notFound"))
        .addStatement("return $L", json(operation.status(), CodeBlock.of("row::$N", JavaNames.WRITE_JSON)))
        .build();
  }

  // another caller's row is answered as missing: .filter(r -> callerOwns(request, r))
  private CodeBlock callerFilter() {
    return resource.callerFields().isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of(".filter(r -> $N($N, r))", plan.helper("callerOwns"), JavaNames.REQUEST);
  }

  // emits: if (dao.findById(id).filter(r -> callerOwns(request, r)).isEmpty()) { throw notFound(id); }
  private void requireCallerOwns(MethodSpec.Builder method) {
    if (!resource.callerFields().isEmpty()) {
      method.beginControlFlow("if ($N.$N(id)$L.isEmpty())", HandlerPlan.DAO, JavaNames.FIND_BY_ID, callerFilter())
          .addStatement("throw $N(id)", plan.helper("notFound"))
          .endControlFlow();
    }
  }

  // emits: private ApiResponse list(ApiRequest request) { QueryReader query = request.query(); PatientFilter filter = ...; }
  private MethodSpec list(Operation operation) {
    MethodSpec.Builder method = handler(operation);
    CodeBlock filterArgument = CodeBlock.of("");
    if (!operation.filters().isEmpty()) {
      ParamCode params = new ParamCode(ctx);
      List<CodeBlock> values = operation.filters().stream()
          .map(f -> params.query(f.param(), f.type(), f.required(), f.defaultValue()))
          .toList();
      ClassName filter = ctx.names().filter(resource);
      method.addStatement("$T $N = $N.query()", QUERY_READER, ParamCode.QUERY, JavaNames.REQUEST)
          .addStatement("$T filter = new $T(\n$>$>$L$<$<)", filter, filter, CodeBlock.join(values, ",\n"));
      filterArgument = CodeBlock.of("filter, ");
    }
    CodeBlock.Builder arguments = CodeBlock.builder().add(filterArgument);
    for (Field field : resource.callerFields()) {
      arguments.add("$N($N, $L), ", plan.helper("credential"), JavaNames.REQUEST, credentialIndex(field));
    }
    CodeBlock rows = CodeBlock.of("$N.$N($Lpage.offset(), page.limit())", HandlerPlan.DAO, JavaNames.LIST,
        arguments.build());
    CodeBlock writer = CodeBlock.of("(writer, row) -> row.$N(writer)", JavaNames.WRITE_JSON);
    method.addStatement("$T page = $N.page()", PAGE, JavaNames.REQUEST);
    if (operation.status() == 200) {
      return method.addStatement("return $T.okList($L, $L)", API_RESPONSE, rows, writer).build();
    }
    return method.addStatement("$T rows = $L", ParameterizedTypeName.get(ClassName.get(List.class), entity), rows)
        .addStatement("return $T.json($L, out -> out.listValue(rows, $L))", API_RESPONSE, operation.status(), writer)
        .build();
  }

  // emits: private ApiResponse create(ApiRequest request) { PatientPatch patch = PatientPatch.fromCreateJson(request.body()); ... }
  private MethodSpec create(Operation operation) {
    MethodSpec.Builder method = handler(operation);
    if (operation.body().isEmpty()) {
      method.addStatement("long id = $N.$N($L)", HandlerPlan.DAO, JavaNames.INSERT,
          withCaller(CodeBlock.of("$T.$N()", entity, JavaNames.DEFAULTS)));
    } else {
      readPatch(method, operation, JavaNames.FROM_CREATE_JSON, JavaNames.MISSING_FOR_CREATE);
      CodeBlock row = resource.callerFields().isEmpty()
          ? CodeBlock.of("patch")
          : withCaller(CodeBlock.of("patch.$N($T.$N())", JavaNames.APPLY_TO, entity, JavaNames.DEFAULTS));
      method.addStatement("long id = $N.$N($L)", HandlerPlan.DAO, JavaNames.INSERT, row);
    }
    method.addStatement("$T row = $N.$N(id).orElseThrow(() -> $N(id))", entity, HandlerPlan.DAO, JavaNames.FIND_BY_ID,
        plan.helper("notFound"));
    CodeBlock body = CodeBlock.of("row::$N", JavaNames.WRITE_JSON);
    if (operation.status() == 201) {
      return method.addStatement("return $T.created($L, $L)", API_RESPONSE, location(CodeBlock.of("id")), body).build();
    }
    return method.addStatement("return $L", json(operation.status(), body)).build();
  }

  // the fields filled from the caller's credentials override what the body or the defaults gave
  private CodeBlock withCaller(CodeBlock row) {
    return resource.callerFields().isEmpty()
        ? row
        : CodeBlock.of("$N($N, $L)", plan.helper("withCaller"), JavaNames.REQUEST, row);
  }

  /** Where {@code field}'s credential sits in {@code request.credentials()}: the API's credential order. */
  int credentialIndex(Field field) {
    return credentialIndex(ctx, field);
  }

  static int credentialIndex(EmitContext ctx, Field field) {
    return ctx.model().api().auth().credentials().indexOf(field.fromCaller().orElseThrow());
  }

  // emits: private ApiResponse update(ApiRequest request) { long id = ...; PatientPatch patch = ...; if (!dao.update(id, patch)) ... }
  private MethodSpec update(Operation operation) {
    MethodSpec.Builder method = handler(operation)
        .addStatement("long id = $N.pathLong($S)", JavaNames.REQUEST, HandlerPlan.idParam(operation, resource));
    requireCallerOwns(method);
    if (operation.body().isEmpty() || PatchFields.of(resource).isEmpty()) {
      method.beginControlFlow("if (!$N.$N(id))", HandlerPlan.DAO, JavaNames.EXISTS);
    } else {
      readPatch(method, operation, JavaNames.FROM_UPDATE_JSON, JavaNames.MISSING_FOR_UPDATE);
      method.beginControlFlow("if (!$N.$N(id, patch))", HandlerPlan.DAO, JavaNames.UPDATE);
    }
    return method.addStatement("throw $N(id)", plan.helper("notFound"))
        .endControlFlow()
        // read back, so the answer shows what is stored (derived values and the timestamp included)
        .addStatement("$T row = $N.$N(id).orElseThrow(() -> $N(id))", entity, HandlerPlan.DAO, JavaNames.FIND_BY_ID,
            plan.helper("notFound"))
        .addStatement("return $L", json(operation.status(), CodeBlock.of("row::$N", JavaNames.WRITE_JSON)))
        .build();
  }

  // emits: private ApiResponse delete(ApiRequest request) { long id = ...; if (!dao.delete(id)) { throw notFound(id); } return ApiResponse.ok(); }
  private MethodSpec delete(Operation operation) {
    MethodSpec.Builder method = handler(operation)
        .addStatement("long id = $N.pathLong($S)", JavaNames.REQUEST, HandlerPlan.idParam(operation, resource));
    requireCallerOwns(method);
    refuseWhileReferred(method);
    method.beginControlFlow("if (!$N.$N(id))", HandlerPlan.DAO, JavaNames.DELETE)
        .addStatement("throw $N(id)", plan.helper("notFound"))
        .endControlFlow();
    return operation.status() == 200
        ? method.addStatement("return $T.ok()", API_RESPONSE).build()
        : method.addStatement("return $T.text($L, $S)", API_RESPONSE, operation.status(), "").build();
  }

  // emits: if (!dao.exists(id)) { throw notFound(id); } List<String> referrers = ...; bookDao.countByAuthorId(id) ...
  private void refuseWhileReferred(MethodSpec.Builder method) {
    List<ReferenceCounts.Referrer> referrers = plan.referrers();
    if (referrers.isEmpty()) {
      return;
    }
    method.beginControlFlow("if (!$N.$N(id))", HandlerPlan.DAO, JavaNames.EXISTS)
        .addStatement("throw $N(id)", plan.helper("notFound"))
        .endControlFlow()
        .addStatement("$T referrers = new $T<>()", ParameterizedTypeName.get(List.class, String.class), ArrayList.class);
    for (int i = 0; i < referrers.size(); i++) {
      ReferenceCounts.Referrer referrer = referrers.get(i);
      String count = "count" + (i + 1);
      method.addStatement("long $N = $N.$N(id)", count, plan.daoField(referrer.resource()),
              ReferenceCounts.methodName(referrer.resource(), referrer.field(), ctx))
          .beginControlFlow("if ($N > 0)", count)
          .addStatement("referrers.add($N + ($N == 1 ? $S : $S))", count, count,
              " row of " + referrer.resource().name() + " (" + referrer.field().name() + ")",
              " rows of " + referrer.resource().name() + " (" + referrer.field().name() + ")")
          .endControlFlow();
    }
    method.beginControlFlow("if (!referrers.isEmpty())")
        .addStatement("throw new $T($S + id + $S + $T.join($S, referrers)\n$>$>+ $S)$<$<", CONFLICT,
            resource.entityName() + " ", " is still referred to by ", String.class, " and ",
            "; delete those rows or point them elsewhere first")
        .endControlFlow();
  }

  // emits: PatientPatch patch = PatientPatch.fromCreateJson(request.body()); BadRequestException.requireAll(patch.missingForCreate()); checkCreateReferences(patch);
  private void readPatch(MethodSpec.Builder method, Operation operation, String read, String missing) {
    ClassName patch = ctx.names().patch(resource);
    if (ctx.model().api().strictness().rejectExtraBodyFields()) {
      // the body names the call does not take are refused before anything is read
      CodeBlock taken = operation.body().stream().map(b -> CodeBlock.of("$S", b.name())).collect(CodeBlock.joining(", "));
      // an internal field is no field of the API: a body naming it is told so, as for any unknown name
      CodeBlock fields = resource.wireFields().stream().map(f -> CodeBlock.of("$S", f.name())).collect(CodeBlock.joining(", "));
      method.addStatement("$T body = $N.body()", WireCode.WIRE_READER, JavaNames.REQUEST)
          .addStatement("$T.rejectExtraFields(body.fieldNames(),\n$>$>$T.of($L),\n$T.of($L),\n$S)$<$<", BAD_REQUEST,
              List.class, taken, List.class, fields,
              operation.method() + " " + ctx.model().api().basePath() + operation.path())
          .addStatement("$T patch = $T.$N(body)", patch, patch, read);
    } else {
      method.addStatement("$T patch = $T.$N($N.body())", patch, patch, read, JavaNames.REQUEST);
    }
    if (operation.body().stream().anyMatch(BodyField::required)) {
      method.addStatement("$T.requireAll(patch.$N())", BAD_REQUEST, missing);
    }
    requireNonBlank(method, operation);
    if (hasReferenceChecks(operation)) {
      method.addStatement("$N(patch)", referenceCheckName(operation));
    }
  }

  // emits: List<String> blank = new ArrayList<>(); if (patch.has("Title") && patch.title().isBlank()) { blank.add("Title"); } ...
  private void requireNonBlank(MethodSpec.Builder method, Operation operation) {
    if (!ctx.model().api().strictness().requiredStringsNonBlank()) {
      return;
    }
    // the strings a row must have: those this body must carry, and those every create must (an update keeps them)
    List<BodyField> strings = operation.body().stream()
        .filter(b -> b.required() || PatchFields.field(resource, b).requiredOnCreate())
        .filter(b -> PatchFields.field(resource, b).kind() == FieldType.STRING
            || PatchFields.field(resource, b).kind() == FieldType.TEXT)
        .toList();
    if (strings.isEmpty()) {
      return;
    }
    method.addStatement("$T blank = new $T<>()", ParameterizedTypeName.get(List.class, String.class), ArrayList.class);
    Identifiers fields = ctx.names().fields(resource);
    for (BodyField body : strings) {
      Field field = PatchFields.field(resource, body);
      String nonNull = field.nullable() ? " && patch." + fields.of(field.name()) + "() != null" : "";
      method.beginControlFlow("if (patch.$N($S)$L && patch.$N().isBlank())", JavaNames.HAS, field.name(), nonNull,
              fields.of(field.name()))
          .addStatement("blank.add($S)", body.name())
          .endControlFlow();
    }
    method.addStatement("$T.requireNonBlank(blank)", BAD_REQUEST);
  }

  // emits: private void checkCreateReferences(PatientPatch patch) { ... "priProv: there is no Provider with ProvNum 9" ... }
  private MethodSpec checkReferences(Operation operation) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(referenceCheckName(operation))
        .addJavadoc("Refuses a body whose references point at rows that do not exist ($L).\n",
            resource.fields().stream().anyMatch(Field::nullable) ? "null means none and passes"
                : ctx.model().api().strictness().requiredReferencesExist() ? "0 means none and passes where optional"
                : "0 means none and passes")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ctx.names().patch(resource), "patch")
        .addStatement("$T problems = new $T<>()", ParameterizedTypeName.get(List.class, String.class), ArrayList.class);
    Identifiers fields = ctx.names().fields(resource);
    method.addStatement("$T fields = new $T<>()", ParameterizedTypeName.get(List.class, String.class), ArrayList.class);
    for (Field field : plan.checkedRefs(operation)) {
      Resource target = plan.target(field).orElseThrow();
      String value = fields.of(field.name());
      method.beginControlFlow("if (patch.$N($S)$L\n$>$>&& !$N.$N(patch.$N()))$<$<", JavaNames.HAS,
              field.name(), referenceGiven(operation, field, value), plan.daoField(target), JavaNames.EXISTS, value)
          .addStatement("problems.add($S\n$>$>+ patch.$N())$<$<", bodyName(operation, field) + ": there is no "
              + target.entityName() + " with " + target.idField().orElseThrow() + " ", value)
          .addStatement("fields.add($S)", bodyName(operation, field))
          .endControlFlow();
    }
    return method.beginControlFlow("if (!problems.isEmpty())")
        .addStatement("throw new $T($T.join($S, problems), fields)", BAD_REQUEST, String.class, "\n")
        .endControlFlow()
        .build();
  }

  /**
   * When a reference in the body is looked up: when it is not null (nullable), else when it is not 0 (0 means none),
   * unless it is required and the API wants required references to name a row, when 0 is looked up too (and fails).
   */
  private CodeBlock referenceGiven(Operation operation, Field field, String value) {
    if (field.nullable()) {
      return CodeBlock.of(" && patch.$N() != null", value);
    }
    boolean required = field.requiredOnCreate()
        || operation.body().stream().anyMatch(b -> b.field().equals(field.name()) && b.required());
    return required && ctx.model().api().strictness().requiredReferencesExist()
        ? CodeBlock.of("")
        : CodeBlock.of(" && patch.$N() != 0", value);
  }

  // emits: private static NotFoundException notFound(long id) { return new NotFoundException("Patient not found (PatNum " + id + ")"); }
  private MethodSpec notFound() {
    return MethodSpec.methodBuilder(plan.helper("notFound"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(NOT_FOUND)
        .addParameter(long.class, "id")
        .addStatement("return new $T($S + id + $S)", NOT_FOUND,
            resource.entityName() + " not found (" + resource.idField().orElseThrow() + " ", ")")
        .build();
  }

  /** The path of the new row relative to the base path: {@code "/patients/" + id}. */
  private CodeBlock location(CodeBlock id) {
    return location(resource, id);
  }

  /** The item path of a row of {@code target}, from its GET operation when it has one. */
  static CodeBlock location(Resource target, CodeBlock id) {
    String path = target.operation(OperationKind.GET).map(Operation::path)
        .orElse(target.path() + "/{" + target.idField().orElseThrow() + "}");
    int open = path.lastIndexOf('{');
    int close = path.indexOf('}', open);
    if (open < 0 || close < 0) {
      return CodeBlock.of("$S", path);
    }
    String after = path.substring(close + 1);
    return after.isEmpty()
        ? CodeBlock.of("$S + $L", path.substring(0, open), id)
        : CodeBlock.of("$S + $L + $S", path.substring(0, open), id, after);
  }

  /** {@code ApiResponse.ok(body)} for 200, else {@code ApiResponse.json(status, body)}. */
  static CodeBlock json(int status, CodeBlock body) {
    return status == 200
        ? CodeBlock.of("$T.ok($L)", API_RESPONSE, body)
        : CodeBlock.of("$T.json($L, $L)", API_RESPONSE, status, body);
  }

  private MethodSpec.Builder handler(Operation operation) {
    return MethodSpec.methodBuilder(plan.method(operation.kind()))
        .addJavadoc("{@code $L $L$L}$L\n", operation.method(), ctx.model().api().basePath(), operation.path(),
            operation.notes().isBlank() ? "." : ": " + Docs.text(operation.notes()))
        .addModifiers(Modifier.PRIVATE)
        .returns(API_RESPONSE)
        .addParameter(ActionsEmitter.API_REQUEST, JavaNames.REQUEST);
  }

  private boolean hasReferenceChecks(Operation operation) {
    return (operation.kind() == OperationKind.CREATE || operation.kind() == OperationKind.UPDATE)
        && !plan.checkedRefs(operation).isEmpty();
  }

  private String referenceCheckName(Operation operation) {
    return plan.helper(operation.kind() == OperationKind.CREATE ? "checkCreateReferences" : "checkUpdateReferences");
  }

  private static String bodyName(Operation operation, Field field) {
    return operation.body().stream().filter(b -> b.field().equals(field.name())).map(BodyField::name).findFirst()
        .orElse(field.name());
  }
}
