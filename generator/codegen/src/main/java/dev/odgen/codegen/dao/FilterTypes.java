package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The types beside a DAO: the record of list filter values, and the hooks interface through which the
 * application supplies what the spec only describes (custom filters, custom derived fields).
 *
 * <pre>
 * public record PatientFilter(String lName, Long priProv, Boolean hideInactive) {
 *   public static final PatientFilter NONE = new PatientFilter(null, null, null);
 * }
 *
 * public interface PatientHooks {
 *   PatientHooks NONE = new PatientHooks() {};
 *   default void filterHideInactive(boolean value, Where where) { throw new BadRequestException(...); }
 *   default Map&lt;Long, String&gt; deriveSiteDesc(List&lt;Patient&gt; rows) { return Map.of(); }
 * }
 * </pre>
 */
final class FilterTypes {

  static final ClassName BAD_REQUEST = ClassName.get(BadRequestException.class);

  private final DaoPlan plan;
  private final EmitContext ctx;

  FilterTypes(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
  }

  TypeSpec.Builder filterRecord() {
    ClassName name = ctx.names().filter(plan.resource());
    Identifiers identifiers = ctx.names().filterParams(plan.filters());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The list filters of resource $L a request gave; {@code null} filters nothing.\n\n", plan.resource().name());
    for (Filter filter : plan.filters()) {
      String identifier = identifiers.of(filter.param());
      constructor.addParameter(ParameterSpec.builder(ctx.types().nullable(filter.type()), identifier).build());
      doc.add("@param $L $L\n", identifier, describe(filter));
    }
    CodeBlock nulls = CodeBlock.join(Collections.nCopies(plan.filters().size(), CodeBlock.of("null")), ", ");
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build())
        .addField(FieldSpec.builder(name, "NONE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("No filter at all.\n")
            .initializer("new $T($L)", name, nulls)
            .build());
  }

  TypeSpec.Builder hooksInterface() {
    ClassName name = ctx.names().hooks(plan.resource());
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Application code for what the spec of resource $L only describes. Implement the methods the\n"
            + "application supports: a custom filter left as it is answers 400, a custom field stays absent.\n",
            plan.resource().name())
        .addField(FieldSpec.builder(name, "NONE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("No hooks: every custom filter is refused, every custom field left out.\n")
            .initializer("new $T() {}", name)
            .build());
    plan.filters().stream().filter(f -> f.match() == MatchKind.CUSTOM).forEach(f -> type.addMethod(filterHook(f)));
    plan.customs().forEach(field -> type.addMethod(deriveHook(field)));
    return type;
  }

  // emits: default void filterHideInactive(boolean value, Where where) { throw new BadRequestException("filter hideInactive is not supported by this server"); }
  // a filter with a default runs on every request; left unimplemented, its default passes (nothing filtered)
  private MethodSpec filterHook(Filter filter) {
    MethodSpec.Builder hook = MethodSpec.methodBuilder(ctx.names().filterHook(filter))
        .addJavadoc("Custom filter {@code $L}$L\nAdds its condition to {@code where}, whose columns are those of table {@code $L},\n"
            + "unquoted and unqualified, e.g. {@code where.raw(\"`PatStatus` <> ?\", 2)}.\n",
            filter.param(), sentence(filter.notes()), plan.table())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addParameter(ctx.types().of(filter.type()), "value")
        .addParameter(ColumnCode.WHERE, "where");
    String refusal = "filter " + filter.param() + " is not supported by this server";
    if (filter.defaultValue().isEmpty()) {
      return hook.addStatement("throw new $T($S)", BAD_REQUEST, refusal).build();
    }
    String value = filter.defaultValue().get();
    hook.addJavadoc("Runs with $L when a request leaves it out; until implemented, that value filters nothing.\n",
        value);
    CodeBlock differs = switch (filter.type().kind()) {
      case STRING -> CodeBlock.of("!$S.equals(value)", value);
      case BOOL -> CodeBlock.of(value.equals("true") ? "!value" : "value");
      case LONG -> CodeBlock.of("value != $LL", value);
      default -> CodeBlock.of("value != $L", value);
    };
    return hook.beginControlFlow("if ($L)", differs)
        .addStatement("throw new $T($S)", BAD_REQUEST, refusal)
        .endControlFlow()
        .build();
  }

  // emits: default Map<Long, String> deriveSiteDesc(List<Patient> rows) { return Map.of(); }
  private MethodSpec deriveHook(Field field) {
    Derivation.Custom custom = (Derivation.Custom) field.derived().orElseThrow();
    TypeName values = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Long.class),
        ctx.types().nullable(field.type()));
    return MethodSpec.methodBuilder(ctx.names().deriveHook(field))
        .addJavadoc("Derived field {@code $L}$L\nThe values for {@code rows} (one page), by $L; a row left out gets none.\n",
            field.name(), sentence(custom.description()), plan.id().name())
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(values)
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), ctx.names().entity(plan.resource())), "rows")
        .addStatement("return $T.of()", Map.class)
        .build();
  }

  /** {@code ": notes."}, or {@code "."} without notes. */
  private static String sentence(String notes) {
    if (notes.isBlank()) {
      return ".";
    }
    String text = Docs.text(notes);
    return ": " + text + (text.endsWith(".") ? "" : ".");
  }

  private static String describe(Filter filter) {
    String what = filter.match() == MatchKind.CUSTOM
        ? "custom"
        : filter.match().specName() + " on {@code " + filter.field().orElse(filter.param()) + "}";
    return "{@code " + Docs.text(filter.param()) + "}: " + what + Docs.notes(filter.notes());
  }
}
