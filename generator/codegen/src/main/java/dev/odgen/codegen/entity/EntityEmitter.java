package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * An immutable record per resource with every field in wire order, derived fields included (null when
 * absent), and explicit JSON mapping both ways:
 *
 * <pre>
 * public record Appointment(long aptNum, long patNum, ApptStatus aptStatus, String note, String confirmedText) {
 *   public static Appointment defaults() { ... }
 *   public void writeJson(WireWriter out) { ... }
 *   public void writeFields(WireWriter out) { ... }
 *   public static Appointment fromJson(WireReader in) { ... }
 * }
 * </pre>
 */
public final class EntityEmitter extends JavaEmitter<Resource> {

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.ENTITIES;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.entityResources().stream().filter(resource -> !resource.fields().isEmpty()).toList();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().entityPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    ClassName name = ctx.names().entity(resource);
    List<JsonMember> members = members(resource, ctx);
    JsonMethods json = new JsonMethods(ctx.wire(), ctx.values(), ctx.names());
    Map<String, String> docs = docs(resource, ctx);
    List<RecordShape.Component> components =
        members.stream().map(m -> RecordShape.component(m, docs.get(m.identifier()))).toList();
    TypeSpec.Builder type = RecordShape.record(name, javadoc(resource), components)
        .addMethod(defaults(resource, name, ctx))
        .addFields(json.nameConstants(members))
        .addMethod(json.writeJson())
        .addMethod(json.writeFields(members))
        .addMethod(json.fromJson(name, members));
    return List.of(type);
  }

  /**
   * The members of a resource's record: columns as they are (nullable, and written as JSON null when absent, if
   * the API's blanks are null), derived fields nullable and left out when absent, internal columns never on the wire.
   */
  static List<JsonMember> members(Resource resource, EmitContext ctx) {
    Identifiers identifiers = ctx.names().fields(resource);
    JavaTypes types = ctx.types();
    return resource.fields().stream()
        .map(field -> {
          boolean leftOut = field.isDerived() || (field.kind() == FieldType.MODEL && !field.type().list());
          boolean nullable = leftOut || field.nullable();
          return new JsonMember(field.name(), identifiers.of(field.name()), field.wireType(), field.wireAs(), nullable,
              nullable ? types.nullable(field.wireType()) : types.of(field.wireType()), !leftOut && field.nullable(), "",
              field.internal());
        })
        .toList();
  }

  private static String javadoc(Resource resource) {
    String where = resource.table()
        .map(table -> "A row of table {@code " + table + "} as resource " + resource.name() + " sends it")
        .orElse("An object of resource " + resource.name());
    return where + "." + Docs.notes(resource.notes());
  }

  private static Map<String, String> docs(Resource resource, EmitContext ctx) {
    Identifiers identifiers = ctx.names().fields(resource);
    Map<String, String> docs = new LinkedHashMap<>();
    for (Field field : resource.fields()) {
      docs.put(identifiers.of(field.name()), RecordShape.doc(field.name(),
          detail(field) + Docs.since(ctx.model().api(), field.versionAdded()), field.notes()));
    }
    return docs;
  }

  private static String detail(Field field) {
    if (field.derived().isPresent()) {
      return ": " + derivation(field.derived().get()) + "; null when absent.";
    }
    String column = field.column().filter(c -> !c.equals(field.name())).map(c -> " (column {@code " + c + "})").orElse("");
    return column + byNameDetail(field) + (field.kind() == FieldType.TIMESTAMP ? ", kept by the database." : "")
        + (field.internal() ? ", internal: stored, never sent or read as JSON (blank in what a client reads)" : "");
  }

  /** For a ref that travels by name, what the String holds; "" for any other field. */
  static String byNameDetail(Field field) {
    return field.byName().map(b -> ": the " + b.take() + " of the " + field.type().ref().orElse("")
        + " row it refers to (the column holds that row's id)").orElse("");
  }

  private static String derivation(Derivation derivation) {
    if (derivation instanceof Derivation.Lookup lookup) {
      return "derived through {@code " + lookup.via() + "} from {@code " + Docs.text(lookup.take()) + "}";
    } else if (derivation instanceof Derivation.NameOf nameOf) {
      return "the member name of {@code " + nameOf.field() + "}";
    } else if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      return "whether {@code " + nonEmpty.field() + "} is not blank";
    } else if (derivation instanceof Derivation.Collect collect) {
      return "{@code " + collect.take() + "} of the " + collect.resource() + " rows whose {@code " + collect.match()
          + "} is this row's id";
    } else if (derivation instanceof Derivation.Custom custom) {
      return Docs.text(custom.description());
    }
    return "the server's clock when the response was made";
  }

  // emits: public static Appointment defaults() { return new Appointment(0L, 0L, ApptStatus.SCHEDULED, "", null); }
  private static MethodSpec defaults(Resource resource, ClassName name, EmitContext ctx) {
    List<CodeBlock> values = resource.fields().stream()
        .map(field -> defaultValue(field, ctx))
        .toList();
    return MethodSpec.methodBuilder(JavaNames.DEFAULTS)
        .addJavadoc("$L", ctx.model().api().blanks() == Blanks.NULL
            ? "A row before create: the spec's defaults, else null; id 0; no derived values.\n"
            : "A row before create: the spec's defaults, else blank values (0, \"\", no date); id 0; no derived\n"
                + "values.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addStatement("return new $T(\n$L)", name, CodeBlock.join(values, ",\n"))
        .build();
  }

  private static CodeBlock defaultValue(Field field, EmitContext ctx) {
    if (field.isDerived() || (field.kind() == FieldType.MODEL && !field.type().list())) {
      return CodeBlock.of("null");
    }
    if (field.travelsByName()) {
      // the name of no row: blank, as the lookup reads a missing row
      return field.nullable() ? CodeBlock.of("null") : ctx.values().blank(field.wireType());
    }
    return field.defaultValue()
        .map(text -> ctx.values().literal(field.type(), text))
        .orElseGet(() -> ctx.values().blank(field));
  }
}
