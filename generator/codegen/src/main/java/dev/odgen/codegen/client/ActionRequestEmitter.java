package dev.odgen.codegen.client;

import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Resource;
import java.util.List;

/**
 * A request record per action with more than {@value Inputs#MAX_PARAMETERS} query parameters and body
 * fields (see {@link InputRecord}); actions with fewer take them as method parameters:
 *
 * <pre>
 * client.appointments().slots(AppointmentsSlotsRequest.of().date(LocalDate.of(2024, 5, 1)).provNum(3))
 * </pre>
 */
public final class ActionRequestEmitter extends JavaEmitter<Resource> {

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.CLIENT;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(r -> r.actions().stream().anyMatch(Inputs::needsRequest)).toList();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().clientPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    InputRecord records = new InputRecord(ctx);
    return resource.actions().stream()
        .filter(Inputs::needsRequest)
        .map(action -> records.build(ctx.names().actionRequest(resource, action), javadoc(resource, action),
            Inputs.ofAction(resource, action, ctx)))
        .toList();
  }

  private static String javadoc(Resource resource, Action action) {
    boolean hasQuery = !action.params().isEmpty();
    boolean hasBody = !action.body().isEmpty();
    String what = hasQuery && hasBody ? "query parameters and body fields" : hasQuery ? "query parameters" : "body fields";
    return "The " + what + " of " + EndpointDocs.endpoint(action.method(), action.path()) + " (" + resource.name() + "): set "
        + "the ones you need; those left unset are not sent. Immutable: every setter returns a copy.";
  }
}
