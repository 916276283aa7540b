package dev.odgen.codegen.dao;

import com.palantir.javapoet.MethodSpec;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What refers to a row, for APIs that refuse to delete a row others still refer to ({@code integrity:
 * deleteReferenced: refuse}): a DAO method per reference field, {@code countByAuthorId(long id)}, and the list of
 * the generated references to a resource, which its handler asks before a DELETE.
 */
public final class ReferenceCounts {

  /** A reference field of {@code resource} whose rows point at the target. */
  public record Referrer(Resource resource, Field field) {}

  private ReferenceCounts() {}

  /** The generated references to {@code target}, in resource then wire order; none unless deletes are refused. */
  public static List<Referrer> to(Resource target, EmitContext ctx) {
    List<Referrer> referrers = new ArrayList<>();
    if (!ctx.model().api().integrity().refuseReferencedDelete()) {
      return referrers;
    }
    for (Resource resource : ctx.resources()) {
      if (!resource.hasTable() || resource.id().isEmpty()) {
        continue;
      }
      for (Field field : counted(resource, ctx)) {
        if (field.type().ref().orElseThrow().equals(target.name())) {
          referrers.add(new Referrer(resource, field));
        }
      }
    }
    return referrers;
  }

  /** The name of the DAO method that counts the rows whose {@code field} holds an id: {@code countByAuthorId}. */
  public static String methodName(Resource resource, Field field, EmitContext ctx) {
    String identifier = ctx.names().fields(resource).of(field.name());
    return "countBy" + Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
  }

  // emits: public long countByAuthorId(long id) { return db.queryOne("SELECT COUNT(*) FROM `book` WHERE ...", ...) }
  static List<MethodSpec> methods(DaoPlan plan, EmitContext ctx) {
    if (!ctx.model().api().integrity().refuseReferencedDelete()) {
      return List.of();
    }
    List<MethodSpec> methods = new ArrayList<>();
    for (Field field : counted(plan.resource(), ctx)) {
      String sql = "SELECT COUNT(*) FROM " + Sql.quote(plan.table()) + " WHERE " + Sql.quote(DaoPlan.column(field))
          + " = ?";
      methods.add(MethodSpec.methodBuilder(methodName(plan.resource(), field, ctx))
          .addJavadoc("How many rows refer through {@code $L} to the $L row with this id.\n", field.name(),
              field.type().ref().orElseThrow())
          .addModifiers(Modifier.PUBLIC)
          .returns(long.class)
          .addParameter(long.class, "id")
          .addStatement("return $N.queryOne($S, $T.of(id), rs -> rs.getLong(1)).orElse(0L)", DaoEmitter.DB, sql,
              List.class)
          .build());
    }
    return methods;
  }

  /** The reference columns of {@code resource} whose target is generated with a table. */
  private static List<Field> counted(Resource resource, EmitContext ctx) {
    return resource.columns().stream()
        .filter(f -> f.kind() == FieldType.REF && !f.type().list())
        .filter(f -> f.type().ref().flatMap(name -> DaoPlan.generated(name, ctx)).filter(r -> r.id().isPresent())
            .isPresent())
        .toList();
  }
}
