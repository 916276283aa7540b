package dev.odgen.codegen.client;

import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * A query record per list operation with filters, holding the filters a list call sends (see
 * {@link InputRecord}):
 *
 * <pre>
 * client.patients().listAll(PatientsQuery.of().lName("Sm").priProv(2))
 * </pre>
 */
public final class ListQueryEmitter extends JavaEmitter<Resource> {

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.CLIENT;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(resource -> filteredList(resource).isPresent()).toList();
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
    Operation list = filteredList(resource).orElseThrow();
    String javadoc = "The filters of " + EndpointDocs.endpoint("GET", list.path()) + " (" + resource.name() + "): set the ones you need; "
        + "filters left unset are not sent. Immutable: every setter returns a copy.";
    return List.of(new InputRecord(ctx).build(ctx.names().listQuery(resource), javadoc,
        Inputs.ofList(resource, list, ctx)));
  }

  /** The list operation of {@code resource} when it has filters (lists without filters need no query). */
  static Optional<Operation> filteredList(Resource resource) {
    return resource.operation(OperationKind.LIST).filter(list -> !list.filters().isEmpty());
  }
}
