package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The methods of a resource client for its CRUD operations, those the spec declares:
 *
 * <pre>
 * public Patient get(long patNum)
 * public List&lt;Patient&gt; list(PatientsQuery query)                  // the first page
 * public List&lt;Patient&gt; list(PatientsQuery query, long offset)
 * public Stream&lt;Patient&gt; listAll(PatientsQuery query)             // every page, lazily
 * public Iterator&lt;Patient&gt; iterateAll(PatientsQuery query)
 * public Patient create(PatientPatch patch)
 * public Created&lt;Patient&gt; createWithLocation(PatientPatch patch)
 * public Patient update(long patNum, PatientPatch patch)             // a partial update
 * public void delete(long patNum)
 * </pre>
 *
 * <p>A list without required filters also gets {@code list()} and {@code listAll()}; a list without filters
 * takes no query at all.
 */
final class CrudMethods {

  private final Resource resource;
  private final EmitContext ctx;
  private final ClassName entity;
  private final CodeBlock reader;

  CrudMethods(Resource resource, EmitContext ctx) {
    this.resource = resource;
    this.ctx = ctx;
    this.entity = ctx.names().entity(resource);
    this.reader = new ResponseCode(ctx).entityReader(resource);
  }

  /** Whether the resource has a list, which pages. */
  boolean pages() {
    return resource.operation(OperationKind.LIST).isPresent();
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    resource.operation(OperationKind.GET).ifPresent(op -> methods.add(get(op)));
    resource.operation(OperationKind.LIST).ifPresent(op -> methods.addAll(new ListMethods(op).methods()));
    resource.operation(OperationKind.CREATE).ifPresent(op -> methods.addAll(create(op)));
    resource.operation(OperationKind.UPDATE).ifPresent(op -> methods.add(update(op)));
    resource.operation(OperationKind.DELETE).ifPresent(op -> methods.add(delete(op)));
    return methods;
  }

  // emits: public Patient get(long patNum) { return transport.get("/patients/" + patNum).object(Patient::fromJson); }
  private MethodSpec get(Operation op) {
    DocumentedMethod method = itemMethod(JavaNames.CLIENT_GET, op, "the " + resource.entityName() + " with this id")
        .tag("@return the $L as the server sends it", resource.entityName())
        .tag("@throws $T when there is no such $L", ClientTypes.NOT_FOUND, resource.entityName());
    method.spec().returns(entity)
        .addStatement("return $L$Z.object($L)", CallCode.of("GET", itemPath(op), null, null), reader);
    return method.build();
  }

  // emits: public Patient update(long patNum, PatientPatch patch) { return transport.put(..., patch::writeUpdateJson).object(...); }
  private MethodSpec update(Operation op) {
    DocumentedMethod method = itemMethod(JavaNames.CLIENT_UPDATE, op,
        "changes the fields " + (op.body().isEmpty() ? "the body" : "{@code patch}") + " sets on the "
            + resource.entityName() + " with this id, keeping all others, and returns it as stored" + bodyNote(op));
    CodeBlock body = patchBody(op, JavaNames.WRITE_UPDATE_JSON, method);
    method.tag("@return the changed $L", resource.entityName())
        .tag("@throws $T when there is no such $L", ClientTypes.NOT_FOUND, resource.entityName())
        .tag("@throws $T when the server refuses a value; the explanation names it", ClientTypes.BAD_REQUEST)
        .spec().returns(entity)
        .addStatement("return $L$Z.object($L)", CallCode.of("PUT", itemPath(op), null, body), reader);
    return method.build();
  }

  // emits: public void delete(long patNum) { transport.delete("/patients/" + patNum); }
  private MethodSpec delete(Operation op) {
    DocumentedMethod method = itemMethod(JavaNames.CLIENT_DELETE, op,
        "deletes the " + resource.entityName() + " with this id")
        .tag("@throws $T when there is no such $L", ClientTypes.NOT_FOUND, resource.entityName());
    method.spec().addStatement("$L", CallCode.of("DELETE", itemPath(op), null, null));
    return method.build();
  }

  // emits: public Patient create(PatientPatch patch) { return transport.post("/patients", patch::writeCreateJson).object(Patient::fromJson); }
  //        public Created<Patient> createWithLocation(PatientPatch patch) { return Created.of(transport.post(...), Patient::fromJson); }
  private List<MethodSpec> create(Operation op) {
    String summary = "creates a " + resource.entityName() + " from the fields "
        + (op.body().isEmpty() ? "the server fills in" : "{@code patch} sets") + " and returns it as stored";
    DocumentedMethod create = operationMethod(JavaNames.CLIENT_CREATE, op, summary + bodyNote(op));
    CodeBlock body = patchBody(op, JavaNames.WRITE_CREATE_JSON, create);
    CodeBlock call = CallCode.of("POST", CodeBlock.of("$S", op.path()), null, body);
    create.tag("@return the created $L, its id set", resource.entityName())
        .tag("@throws $T when the server refuses the body; the explanation says why", ClientTypes.BAD_REQUEST)
        .spec().returns(entity)
        .addStatement("return $L$Z.object($L)", call, reader);

    DocumentedMethod located = operationMethod(JavaNames.CLIENT_CREATE_WITH_LOCATION, op,
        "like {@code " + JavaNames.CLIENT_CREATE + "}, with the {@code Location} header of the response (the new "
            + resource.entityName() + "'s URL) when it has one");
    patchBody(op, JavaNames.WRITE_CREATE_JSON, located);
    located.tag("@return the created $L and the Location header", resource.entityName())
        .tag("@throws $T when the server refuses the body; the explanation says why", ClientTypes.BAD_REQUEST)
        .spec().returns(ParameterizedTypeName.get(ClientTypes.CREATED, entity))
        .addStatement("return $T.of($L,$W$L)", ClientTypes.CREATED, call, reader);
    return List.of(create.build(), located.build());
  }

  /** The methods of a list operation: pages, all pages, and the private pager behind them. */
  private final class ListMethods {
    private final Operation op;
    private final Optional<ClassName> query;
    private final TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), entity);
    private final int pageSize = ctx.model().api().paging().pageSize();
    private final String matching;

    ListMethods(Operation op) {
      this.op = op;
      this.query = ListQueryEmitter.filteredList(resource).map(list -> ctx.names().listQuery(resource));
      this.matching = query.isPresent() ? " matching {@code " + JavaNames.QUERY + "}" : "";
    }

    List<MethodSpec> methods() {
      List<MethodSpec> methods = new ArrayList<>();
      methods.add(firstPage());
      methods.add(page());
      methods.add(all(JavaNames.CLIENT_LIST_ALL, Stream.class, "stream"));
      methods.add(all(JavaNames.CLIENT_ITERATE_ALL, Iterator.class, "iterator"));
      if (query.isPresent() && op.filters().stream().noneMatch(Filter::required)) {
        methods.addAll(unfiltered());
      }
      methods.add(pager());
      return methods;
    }

    // emits: public List<Patient> list(PatientsQuery query) { return list(query, 0); }
    private MethodSpec firstPage() {
      DocumentedMethod method = withQuery(operationMethod(JavaNames.CLIENT_LIST, op, "the first page of "
          + resource.name() + matching + ": at most " + pageSize + "; {@code " + JavaNames.CLIENT_LIST_ALL
          + "} gets them all"));
      method.tag("@return the $L, in the server's order", resource.name())
          .spec().returns(items)
          .addStatement("return $L($L0)", JavaNames.CLIENT_LIST, queryArgument(", "));
      return method.build();
    }

    // emits: public List<Patient> list(PatientsQuery query, long offset) { ...; return transport.get("/patients", withOffset(params, offset)).list(Patient::fromJson); }
    private MethodSpec page() {
      DocumentedMethod method = withQuery(operationMethod(JavaNames.CLIENT_LIST, op, "the page of "
          + resource.name() + matching + " that starts at {@code " + JavaNames.OFFSET + "}: at most " + pageSize));
      method.tag("@param $L how many items to skip: 0 for the first page, then the count seen so far", JavaNames.OFFSET)
          .tag("@return the $L, in the server's order", resource.name())
          .spec().addParameter(long.class, JavaNames.OFFSET)
          .returns(items)
          .addStatement("$T $N = $N.query()", ClientTypes.QUERY_PARAMS, JavaNames.PARAMS, JavaNames.TRANSPORT);
      query.ifPresent(q -> method.spec().addStatement("$N.$L($N)", JavaNames.QUERY, JavaNames.ADD_TO, JavaNames.PARAMS));
      CodeBlock params = CodeBlock.of("$L($N, $N)", JavaNames.CLIENT_WITH_OFFSET, JavaNames.PARAMS, JavaNames.OFFSET);
      method.spec().addStatement("return $L$Z.list($L)",
          CallCode.of("GET", CodeBlock.of("$S", op.path()), params, null), reader);
      return method.build();
    }

    // emits: public Stream<Patient> listAll(PatientsQuery query) { return pager(query).stream(); }
    private MethodSpec all(String name, Class<?> container, String view) {
      DocumentedMethod method = withQuery(operationMethod(name, op, "every " + resource.entityName() + matching
          + ", fetched page by page as the iteration reaches it (" + pageSize + " per page, until a shorter page)"));
      method.tag("@return the $L, lazily", resource.name())
          .spec().returns(ParameterizedTypeName.get(ClassName.get(container), entity))
          .addStatement("return $L($L).$L()", JavaNames.CLIENT_PAGER, queryArgument(""), view);
      return method.build();
    }

    // emits: public List<Patient> list() { return list(PatientsQuery.of()); } and the same for listAll
    private List<MethodSpec> unfiltered() {
      DocumentedMethod first = operationMethod(JavaNames.CLIENT_LIST, op,
          "the first page of all " + resource.name() + ": at most " + pageSize);
      first.tag("@return the $L, in the server's order", resource.name())
          .spec().returns(items)
          .addStatement("return $L($T.$L())", JavaNames.CLIENT_LIST, query.orElseThrow(), JavaNames.OF);
      DocumentedMethod all = operationMethod(JavaNames.CLIENT_LIST_ALL, op,
          "every " + resource.entityName() + ", fetched page by page as the iteration reaches it");
      all.tag("@return the $L, lazily", resource.name())
          .spec().returns(ParameterizedTypeName.get(ClassName.get(Stream.class), entity))
          .addStatement("return $L($T.$L())", JavaNames.CLIENT_LIST_ALL, query.orElseThrow(), JavaNames.OF);
      return List.of(first.build(), all.build());
    }

    // emits: private Pager<Patient> pager(PatientsQuery query) { return Pager.of(PAGE_SIZE, offset -> list(query, offset)); }
    private MethodSpec pager() {
      MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.CLIENT_PAGER)
          .addModifiers(Modifier.PRIVATE)
          .returns(ParameterizedTypeName.get(ClientTypes.PAGER, entity));
      query.ifPresent(q -> method.addParameter(q, JavaNames.QUERY));
      return method
          .addStatement("return $T.of($L, $N -> $L($L$N))", ClientTypes.PAGER, ClientEmitter.PAGE_SIZE,
              JavaNames.OFFSET, JavaNames.CLIENT_LIST, queryArgument(", "), JavaNames.OFFSET)
          .build();
    }

    private DocumentedMethod withQuery(DocumentedMethod method) {
      query.ifPresent(q -> method.tag("@param $L the filters to send", JavaNames.QUERY)
          .spec().addParameter(q, JavaNames.QUERY));
      return method;
    }

    /** {@code "query" + suffix} when the list takes a query, else "". */
    private String queryArgument(String suffix) {
      return query.isPresent() ? JavaNames.QUERY + suffix : "";
    }
  }

  /** Adds the patch parameter (when the operation has a body) and returns the body expression, or null. */
  private CodeBlock patchBody(Operation op, String writeMethod, DocumentedMethod method) {
    if (op.body().isEmpty()) {
      return null;
    }
    method.tag("@param $L the fields to send; those it does not set are left out of the body", JavaNames.PATCH)
        .spec().addParameter(ctx.names().patch(resource), JavaNames.PATCH);
    CodeBlock since = fieldVersions(op);
    if (since != null) {
      method.tag("@throws $T when the client was given a server version older than a field the patch sets",
          ClientTypes.API_VERSION_EXCEPTION);
      method.spec().addStatement("this.$N.requireFields($S, $N::has, $L)", DocumentedMethod.SERVER_VERSION_FIELD,
          op.method() + " " + op.path(), JavaNames.PATCH, since);
    }
    return CodeBlock.of("$N::$L", JavaNames.PATCH, writeMethod);
  }

  /** {@code Map.of("Birthdate", "22.3.6", ...)}: the body fields the spec says were added later, or null. */
  private CodeBlock fieldVersions(Operation op) {
    List<CodeBlock> entries = new ArrayList<>();
    for (BodyField body : op.body()) {
      Optional<String> since = body.versionAdded().or(() -> resource.field(body.field()).flatMap(Field::versionAdded));
      since.ifPresent(v -> entries.add(CodeBlock.of("$T.entry($S, $S)", Map.class, body.field(), v)));
    }
    return entries.isEmpty() ? null : CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries, ", "));
  }

  /** A method on the item path, with the id parameter. */
  private DocumentedMethod itemMethod(String name, Operation op, String summary) {
    Field id = idField();
    String idName = ctx.names().fields(resource).of(id.name());
    DocumentedMethod method = operationMethod(name, op, summary)
        .tag("@param $L {@code $L} of the $L", idName, id.name(), resource.entityName());
    method.spec().addParameter(ctx.types().of(id.type()), idName);
    return method;
  }

  private DocumentedMethod operationMethod(String name, Operation op, String summary) {
    DocumentedMethod method = new DocumentedMethod(name, EndpointDocs.of(ctx.model().api(), op.method(), op.path(),
        summary, op.versionAdded().or(resource::versionAdded), op.deprecated(), op.notes()));
    method.spec().addModifiers(Modifier.PUBLIC);
    method.since(EndpointDocs.product(ctx.model().api()), op.versionAdded().or(resource::versionAdded),
        op.method() + " " + op.path());
    if (op.deprecated().isPresent()) {
      method.tag("@deprecated deprecated by the API since version $L", op.deprecated().get())
          .spec().addAnnotation(Deprecated.class);
    }
    return method;
  }

  private CodeBlock itemPath(Operation op) {
    Field id = idField();
    PathCode.Param param = new PathCode.Param(ctx.names().fields(resource).of(id.name()), id.type());
    return PathCode.of(op.path(), Map.of(id.name(), param));
  }

  private Field idField() {
    return resource.id().orElseThrow(() -> new IllegalArgumentException(
        "resource " + resource.name() + " has item operations but no id field"));
  }

  /** ". The body takes {@code LName}, {@code FName} (required) and {@code Gender}; ..." for create and update. */
  private static String bodyNote(Operation op) {
    if (op.body().isEmpty()) {
      return "";
    }
    List<String> required = op.body().stream().filter(BodyField::required).map(b -> "{@code " + Docs.text(b.name()) + "}").toList();
    List<String> optional = op.body().stream().filter(b -> !b.required()).map(b -> "{@code " + Docs.text(b.name()) + "}").toList();
    StringBuilder note = new StringBuilder(". The body takes ");
    if (!required.isEmpty()) {
      note.append(String.join(", ", required)).append(" (required)");
    }
    if (!optional.isEmpty()) {
      note.append(required.isEmpty() ? "" : " and ").append(String.join(", ", optional));
    }
    return note.append("; fields the patch sets beyond these are not sent").toString();
  }
}
