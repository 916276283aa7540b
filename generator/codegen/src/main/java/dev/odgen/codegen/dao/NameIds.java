package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.runtime.jdbc.NameLookup;
import dev.odgen.spec.model.ByName;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * For each ref the spec says travels by name: the query that finds the target's id by that name (ignoring case,
 * with the spec's constant conditions) and the method the writes bind the column through:
 *
 * <pre>
 * private Long billingTypeId(String name) {
 *   return BILLING_TYPE_NAMES.id(db, name);
 * }
 * </pre>
 */
final class NameIds {

  private static final ClassName NAME_LOOKUP = ClassName.get(NameLookup.class);

  private final DaoPlan plan;
  private final EmitContext ctx;

  NameIds(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
  }

  /** The name of the method that turns a name into the id the column stores: {@code billingTypeId}. */
  static String methodName(Field field) {
    String name = field.name();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Id";
  }

  // emits: private static final NameLookup BILLING_TYPE_NAMES = new NameLookup("SELECT ...", "SELECT ...",
  //     List.of(4), "BillingType", "Definitions", "ItemName", "DefNum", "Category BillingTypes");
  List<FieldSpec> constants() {
    List<FieldSpec> constants = new ArrayList<>();
    for (Field field : fields()) {
      target(field).ifPresent(target -> constants.add(constant(field, field.byName().orElseThrow(), target)));
    }
    return constants;
  }

  List<MethodSpec> methods() {
    return fields().stream().map(this::method).toList();
  }

  private FieldSpec constant(Field field, ByName byName, Resource target) {
    List<CodeBlock> values = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Map.Entry<String, String> condition : byName.where().entrySet()) {
      values.add(conditionValue(target.field(condition.getKey()).orElseThrow(), condition.getValue()));
      words.add(condition.getKey() + " " + condition.getValue());
    }
    Field id = target.id().orElseThrow();
    CodeBlock init = CodeBlock.builder()
        .add("new $T(\n$>$>", NAME_LOOKUP)
        .add("$L,\n", Sql.literal(sql(byName, target, "LOWER(" + column(target, byName.take()) + ") = LOWER(?)")
            + " ORDER BY " + column(target, id.name())))
        .add("$L,\n", Sql.literal(sql(byName, target, column(target, id.name()) + " = ?")))
        .add("$T.of($L), $S, $S, $S, $S, $S$<$<)", List.class, CodeBlock.join(values, ", "), field.name(),
            target.name(), byName.take(), id.name(), String.join(", ", words))
        .build();
    return FieldSpec.builder(NAME_LOOKUP, constant(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init)
        .build();
  }

  private MethodSpec method(Field field) {
    ByName byName = field.byName().orElseThrow();
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(field))
        .addModifiers(Modifier.PRIVATE)
        .returns(Long.class)
        .addParameter(String.class, "name");
    Optional<Resource> target = target(field);
    if (target.isEmpty()) {
      return method.addJavadoc("The id {@code name} gives: $L is not generated, so only an id is taken.\n",
              field.type().ref().orElse(""))
          .addStatement("return $T.wholeNumber($S, name)", NAME_LOOKUP, field.name())
          .build();
    }
    return method
        .addJavadoc("The id of the $L row whose $L is {@code name}, ignoring case$L; a blank name is 0, and an id\n"
            + "written as a whole number is taken when that row qualifies. Several rows or none: 400 naming the field.\n",
            target.get().name(), byName.take(), byName.where().isEmpty() ? ""
                : ", among those with " + byName.where().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")))
        .addStatement("return $N.id($N, name)", constant(field), DaoEmitter.DB)
        .build();
  }

  // the stored form of a condition's value: an enum's ordinal (or name), a number, a boolean, else the text
  private CodeBlock conditionValue(Field column, String value) {
    return switch (column.kind()) {
      case ENUM -> {
        if (column.storeAs() == EnumStorage.NAME) {
          yield CodeBlock.of("$S", value);
        }
        int ordinal = column.type().enumName().flatMap(ctx.model()::enumType).flatMap(e -> e.member(value))
            .map(EnumMember::ordinal).orElseThrow();
        yield CodeBlock.of("$L", ordinal);
      }
      case INT, BYTE -> CodeBlock.of("$L", Integer.parseInt(value.strip()));
      case ID, REF, LONG -> CodeBlock.of("$LL", Long.parseLong(value.strip()));
      case BOOL -> CodeBlock.of("$L", Boolean.parseBoolean(value.strip()));
      default -> CodeBlock.of("$S", value);
    };
  }

  // SELECT `DefNum` FROM `definition` WHERE <match> AND `Category` = ?
  private static String sql(ByName byName, Resource target, String match) {
    StringBuilder sql = new StringBuilder("SELECT ").append(column(target, target.id().orElseThrow().name()))
        .append(" FROM ").append(Sql.quote(target.table().orElseThrow())).append(" WHERE ").append(match);
    for (String key : byName.where().keySet()) {
      sql.append(" AND ").append(column(target, key)).append(" = ?");
    }
    return sql.toString();
  }

  private static String column(Resource target, String fieldName) {
    return Sql.quote(DaoPlan.column(target.field(fieldName).orElseThrow()));
  }

  private List<Field> fields() {
    return plan.columns().stream().filter(Field::travelsByName).toList();
  }

  private Optional<Resource> target(Field field) {
    return field.type().ref().flatMap(name -> DaoPlan.generated(name, ctx)).filter(r -> r.id().isPresent());
  }

  private String constant(Field field) {
    return ctx.names().constant(field.name()) + "_NAMES";
  }
}
