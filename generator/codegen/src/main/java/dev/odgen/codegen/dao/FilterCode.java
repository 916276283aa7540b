package dev.odgen.codegen.dao;

import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import java.time.LocalTime;

/**
 * The statement that adds one list filter to the runtime's {@code Where} (named {@code where}); the value is
 * the filter record's component, {@code null} when the request did not give it, which adds nothing. Custom
 * filters go to the application's hooks.
 */
final class FilterCode {

  private final DaoPlan plan;
  private final EmitContext ctx;

  FilterCode(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
  }

  CodeBlock apply(Filter filter, CodeBlock value) {
    FieldType param = filter.type().kind();
    return switch (filter.match()) {
      case EQUALS -> statement("equalTo", filter, equalsValue(filter, value));
      case STARTS_WITH -> statement("startsWith", filter, value);
      case CONTAINS -> statement("contains", filter, value);
      case CHANGED_SINCE -> param == FieldType.DATE
          ? statement("onOrAfter", filter, value)
          : statement("changedSince", filter, value);
      case FROM -> statement(param == FieldType.DATE ? "onOrAfter" : "atLeast", filter, value);
      case TO -> to(filter, value);
      case ON_DATE -> param == FieldType.DATE
          ? statement("onDate", filter, value)
          : statement("onDate", filter, CodeBlock.of("$L == null ? null : $L.toLocalDate()", value, value));
      case CUSTOM -> CodeBlock.builder()
          .beginControlFlow("if ($L != null)", value)
          .addStatement("$N.$N($L, where)", DaoEmitter.HOOKS, ctx.names().filterHook(filter), value)
          .endControlFlow()
          .build();
    };
  }

  // a date-time bound given as a bare date (midnight) includes that whole day, as the API's dateEnd does
  private CodeBlock to(Filter filter, CodeBlock value) {
    FieldType param = filter.type().kind();
    if (param == FieldType.DATE) {
      return statement("onOrBefore", filter, value);
    }
    if (param != FieldType.DATE_TIME && param != FieldType.TIMESTAMP) {
      return statement("atMost", filter, value);
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L != null && $L.toLocalTime().equals($T.MIDNIGHT))", value, value, LocalTime.class)
        .addStatement("where.onOrBefore($S, $L.toLocalDate())", column(filter), value)
        .nextControlFlow("else")
        .addStatement("where.atMost($S, $L)", column(filter), value)
        .endControlFlow()
        .build();
  }

  // enums stored by name compare with their name, refs by name with the id of that name; others bind as they are
  private CodeBlock equalsValue(Filter filter, CodeBlock value) {
    Field field = field(filter);
    if (field.travelsByName()) {
      // the name is looked up as a body's is: an unknown name is a 400, not an empty list
      return CodeBlock.of("$L == null ? null : $N($L)", value, NameIds.methodName(field), value);
    }
    if (field.kind() == FieldType.ENUM && field.storeAs() == EnumStorage.NAME) {
      return CodeBlock.of("$L == null ? null : $T.enumName($L)", value, ColumnCode.PARAMS, value);
    }
    return value;
  }

  private CodeBlock statement(String method, Filter filter, CodeBlock value) {
    return CodeBlock.builder().addStatement("where.$L($S, $L)", method, column(filter), value).build();
  }

  private String column(Filter filter) {
    return DaoPlan.column(field(filter));
  }

  private Field field(Filter filter) {
    String name = filter.field().orElseThrow(() -> new IllegalArgumentException("filter '" + filter.param() + "' of "
        + plan.resource().name() + " names no field"));
    return plan.resource().field(name).orElseThrow();
  }
}
