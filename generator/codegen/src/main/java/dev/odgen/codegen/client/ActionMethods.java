package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.codegen.naming.ActionInputNames;
import dev.odgen.codegen.naming.ActionMethodNames;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The methods of a resource client for its actions: path parameters first, then the query parameters and
 * body fields as parameters (up to {@value Inputs#MAX_PARAMETERS}) or one request record (more), and for
 * paged actions an offset and, with a list response, an all-pages form:
 *
 * <pre>
 * public void _break(long aptNum, boolean sendToUnscheduledList, String breakType)
 * public List&lt;Patient&gt; simple(PatientsSimpleRequest request)
 * public List&lt;Patient&gt; simple(PatientsSimpleRequest request, long offset)
 * public Stream&lt;Patient&gt; simpleAll(PatientsSimpleRequest request)
 * </pre>
 */
final class ActionMethods {

  private final Resource resource;
  private final EmitContext ctx;
  private final JavaTypes types;
  private final ResponseCode responses;
  private final InputCode inputCode;
  private final ActionMethodNames methodNames;

  ActionMethods(Resource resource, EmitContext ctx) {
    this.resource = resource;
    this.ctx = ctx;
    this.types = ctx.types();
    this.responses = new ResponseCode(ctx);
    this.inputCode = new InputCode(ctx);
    this.methodNames = ctx.names().actionMethods(resource);
  }

  /** Whether some action pages. */
  boolean pages() {
    return resource.actions().stream().anyMatch(Action::paged);
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (Action action : resource.actions()) {
      Call call = new Call(action);
      if (!action.paged()) {
        methods.add(call.method(false));
        continue;
      }
      methods.add(call.firstPage());
      methods.add(call.method(true));
      if (action.response().list()) {
        methods.add(call.allPages());
      }
    }
    return methods;
  }

  /** The methods of one action. */
  private final class Call {
    private final Action action;
    private final String name;
    private final ActionInputNames inputNames;
    private final List<Input> inputs;
    private final boolean takesRequest;
    private final boolean answers;

    Call(Action action) {
      this.action = action;
      this.name = methodNames.calls().of(action.name());
      this.inputNames = ctx.names().actionInputs(action);
      this.inputs = Inputs.ofAction(resource, action, ctx);
      this.takesRequest = Inputs.needsRequest(action);
      this.answers = action.response().kind() != ResponseKind.NONE;
    }

    // emits: public List<Slot> slots(long patNum, LocalDate date, long offset) { QueryParams params = ...; return ...; }
    MethodSpec method(boolean withOffset) {
      DocumentedMethod method = start(name, summary());
      MethodSpec.Builder spec = method.spec();
      if (withOffset) {
        method.tag("@param $L how many items to skip: 0 for the first page, then the count seen so far",
            JavaNames.OFFSET);
        spec.addParameter(long.class, JavaNames.OFFSET);
      }
      returns(method);
      if (!takesRequest) {
        spec.addCode(inputCode.requireNonNull(inputs));
      }
      boolean hasQuery = !action.params().isEmpty();
      CodeBlock params = null;
      if (hasQuery || withOffset) {
        spec.addStatement("$T $N = $N.query()", ClientTypes.QUERY_PARAMS, JavaNames.PARAMS, JavaNames.TRANSPORT);
        if (takesRequest && hasQuery) {
          spec.addStatement("$N.$L($N)", JavaNames.REQUEST, JavaNames.ADD_TO, JavaNames.PARAMS);
        } else {
          spec.addCode(inputCode.addQuery(inputs));
        }
        params = withOffset
            ? CodeBlock.of("$L($N, $N)", JavaNames.CLIENT_WITH_OFFSET, JavaNames.PARAMS, JavaNames.OFFSET)
            : CodeBlock.of("$N", JavaNames.PARAMS);
      }
      CodeBlock call = CallCode.ofAction(action.method(), path(), params, body(spec));
      if (answers) {
        spec.addStatement("return $L$Z$L", call, responses.read(action.response(), resource));
      } else {
        spec.addStatement("$L", call);
      }
      return method.build();
    }

    // emits: public List<Slot> slots(long patNum, LocalDate date) { return slots(patNum, date, 0); }
    MethodSpec firstPage() {
      String more = action.response().list()
          ? ", {@code " + methodNames.allPages().of(action.name()) + "} gets them all" : "";
      DocumentedMethod method = start(name, summary() + "; the first page" + more);
      returns(method);
      method.spec().addStatement("$L$L($L0)", answers ? "return " : "", name, argumentsPrefix());
      return method.build();
    }

    // emits: public Stream<Slot> slotsAll(long patNum, LocalDate date) { return Pager.of(PAGE_SIZE, offset -> slots(patNum, date, offset)).stream(); }
    MethodSpec allPages() {
      ClassName element = responses.element(action.response(), resource);
      DocumentedMethod method = start(methodNames.allPages().of(action.name()), summary() + "; every page, fetched "
          + "as the iteration reaches it (" + ctx.model().api().paging().pageSize() + " per page, until a shorter page)")
          .tag("@return $L, lazily", returnsText());
      method.spec().returns(ParameterizedTypeName.get(ClassName.get(Stream.class), element))
          .addStatement("return $T.of($L, $N -> $L($L$N)).stream()", ClientTypes.PAGER, ClientEmitter.PAGE_SIZE,
              JavaNames.OFFSET, name, argumentsPrefix(), JavaNames.OFFSET);
      return method.build();
    }

    /** The method with its doc and its parameters but the offset. */
    private DocumentedMethod start(String methodName, String summary) {
      DocumentedMethod method = new DocumentedMethod(methodName, EndpointDocs.of(ctx.model().api(), action.method(),
          action.path(), summary, action.versionAdded().or(resource::versionAdded), action.deprecated(), ""));
      MethodSpec.Builder spec = method.spec().addModifiers(Modifier.PUBLIC);
      method.since(EndpointDocs.product(ctx.model().api()), action.versionAdded().or(resource::versionAdded),
          action.method() + " " + action.path());
      if (action.deprecated().isPresent()) {
        method.tag("@deprecated deprecated by the API since version $L", action.deprecated().get());
        spec.addAnnotation(Deprecated.class);
      }
      for (Property param : action.pathParams()) {
        String id = inputNames.pathParams().of(param.name());
        String doc = Inputs.propertyDoc(param);
        method.tag("@param $L {@code $L} (in the path)$L", id, param.name(), doc.isEmpty() ? "" : ": " + doc);
        spec.addParameter(types.of(param.type()), id);
      }
      if (takesRequest) {
        method.tag("@param $L the $L to send", JavaNames.REQUEST,
            action.params().isEmpty() ? "body fields" : action.body().isEmpty() ? "query parameters"
                : "query parameters and body fields");
        spec.addParameter(ctx.names().actionRequest(resource, action), JavaNames.REQUEST);
      } else {
        for (Input input : inputs) {
          method.tag("@param $L $L$L", input.identifier(), input.describe(),
              input.required() ? "" : "; null leaves it out");
          spec.addParameter(input.javaType(types), input.identifier());
        }
      }
      return method;
    }

    private void returns(DocumentedMethod method) {
      method.spec().returns(responses.type(action.response(), resource));
      if (answers) {
        method.tag("@return $L", returnsText());
      }
    }

    private String returnsText() {
      if (action.response().kind() == ResponseKind.ROWS) {
        return action.response().list() ? "the rows, a JSON object each" : "the row, a JSON object";
      }
      String element = "{@code " + responses.element(action.response(), resource).simpleName() + "}";
      return action.response().list() ? "the list of " + element : "the " + element;
    }

    /** The action's name and its notes, which say what it does. */
    private String summary() {
      String notes = action.notes().strip();
      String name = "action {@code " + action.name() + "}";
      if (notes.isEmpty()) {
        return name;
      }
      return name + ": " + Docs.text(notes.endsWith(".") ? notes.substring(0, notes.length() - 1) : notes);
    }

    /** The arguments that pass this method's own parameters on, followed by ", " when there are any. */
    private String argumentsPrefix() {
      List<String> names = new ArrayList<>();
      action.pathParams().forEach(p -> names.add(inputNames.pathParams().of(p.name())));
      if (takesRequest) {
        names.add(JavaNames.REQUEST);
      } else {
        inputs.forEach(i -> names.add(i.identifier()));
      }
      return names.isEmpty() ? "" : String.join(", ", names) + ", ";
    }

    private CodeBlock path() {
      Map<String, PathCode.Param> params = new LinkedHashMap<>();
      for (Property param : action.pathParams()) {
        params.put(param.name(), new PathCode.Param(inputNames.pathParams().of(param.name()), param.type()));
      }
      return PathCode.of(action.path(), params);
    }

    /**
     * {@code request::writeJson}, or the local {@code body} holding a lambda that writes the inline body
     * fields (declared in {@code spec}), or null without a body.
     */
    private CodeBlock body(MethodSpec.Builder spec) {
      if (action.body().isEmpty()) {
        return null;
      }
      if (takesRequest) {
        return CodeBlock.of("$N::$L", JavaNames.REQUEST, JavaNames.WRITE_JSON);
      }
      // a lambda with statements cannot sit inside a statement, so it gets a local of its own
      spec.addCode("$T $N = $N -> {\n$>", ClientTypes.JSON_BODY, JavaNames.BODY, JavaNames.WRITER)
          .addCode(inputCode.writeBody(inputs))
          .addCode("$<};\n");
      return CodeBlock.of("$N", JavaNames.BODY);
    }
  }
}
