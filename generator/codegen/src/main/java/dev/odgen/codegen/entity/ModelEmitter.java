package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record per model (objects that are not rows: action responses, composite read models), with the same
 * JSON methods as entities:
 *
 * <pre>
 * public record Slot(LocalDateTime dateTimeStart, long opNum) {
 *   public void writeJson(WireWriter out) { ... }
 *   public void writeFields(WireWriter out) { ... }
 *   public static Slot fromJson(WireReader in) { ... }
 * }
 * </pre>
 */
public final class ModelEmitter extends JavaEmitter<Model> {

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.ENTITIES;
  }

  @Override
  protected List<Model> inputs(EmitContext ctx) {
    return ctx.models();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().entityPackage();
  }

  @Override
  protected String source(Model model, EmitContext ctx) {
    return model.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Model model, EmitContext ctx) {
    ClassName name = ctx.names().model(model.name());
    List<JsonMember> members = members(model, ctx);
    JsonMethods json = new JsonMethods(ctx.wire(), ctx.values(), ctx.names());
    String javadoc = "Model {@code " + model.name() + "}: an object the API sends that is not a row of a table."
        + Docs.notes(model.notes());
    Map<String, String> docs = docs(model, ctx);
    List<RecordShape.Component> components =
        members.stream().map(m -> RecordShape.component(m, docs.get(m.identifier()))).toList();
    return List.of(RecordShape.record(name, javadoc, components)
        .addFields(json.nameConstants(members))
        .addMethod(json.writeJson())
        .addMethod(json.writeFields(members))
        .addMethod(json.fromJson(name, members))
        );
  }

  /** Nested models may be absent (null); every other property is always there, blank when not sent. */
  private static List<JsonMember> members(Model model, EmitContext ctx) {
    Identifiers identifiers = ctx.names().properties(model.fields());
    JavaTypes types = ctx.types();
    return model.fields().stream()
        .map(property -> {
          boolean nullable = property.type().kind() == FieldType.MODEL && !property.type().list();
          return new JsonMember(property.name(), identifiers.of(property.name()), property.type(), property.wireAs(),
              nullable, nullable ? types.nullable(property.type()) : types.of(property.type()));
        })
        .toList();
  }

  private static Map<String, String> docs(Model model, EmitContext ctx) {
    Identifiers identifiers = ctx.names().properties(model.fields());
    Map<String, String> docs = new LinkedHashMap<>();
    for (Property property : model.fields()) {
      docs.put(identifiers.of(property.name()), RecordShape.doc(property.name(), "", property.notes()));
    }
    return docs;
  }
}
