package dev.odgen.codegen.dao;

import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of each entity field as the row mapper computes it from the current row: columns through the
 * runtime's {@code Rows}, lookups from their joined labels, {@code nameOf} and {@code nonEmpty} from the
 * row's own columns, the server time from the clock; collected and custom fields are {@code null} until the
 * second pass.
 */
final class RowValues {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]*)}");

  private final DaoPlan plan;
  private final ColumnCode columns;

  RowValues(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.columns = new ColumnCode(ctx, new SelectSql(plan).labels());
  }

  CodeBlock value(Field field) {
    if (field.travelsByName()) {
      Lookup lookup = plan.lookups().get(field.name());
      // without the target's table there is no name to read: the id, as text
      return lookup != null ? lookup(lookup)
          : CodeBlock.of("$T.toString($L)", Long.class, columns.read(field.type(), field.storeAs(), DaoPlan.column(field)));
    }
    if (field.isColumn()) {
      return columns.read(field, DaoPlan.column(field));
    }
    Derivation derivation = field.derived().orElseThrow();
    if (derivation instanceof Derivation.ServerTime) {
      return CodeBlock.of("now");
    } else if (derivation instanceof Derivation.Lookup) {
      Lookup lookup = plan.lookups().get(field.name());
      return lookup == null ? CodeBlock.of("null") : lookup(lookup);
    } else if (derivation instanceof Derivation.NameOf nameOf) {
      return plan.resource().field(nameOf.field()).filter(Field::isColumn)
          .map(f -> f.nullable()
              // a NULL member has no name: the derived field is left out
              ? CodeBlock.of("$T.ofNullable($L).map(value -> value.$L()).orElse(null)", Optional.class,
                  columns.read(f, DaoPlan.column(f)), JavaNames.WIRE_NAME)
              : CodeBlock.of("$L.$L()", columns.read(f.type(), f.storeAs(), DaoPlan.column(f)), JavaNames.WIRE_NAME))
          .orElse(CodeBlock.of("null"));
    } else if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      return plan.resource().field(nonEmpty.field()).filter(Field::isColumn)
          .map(this::nonEmpty)
          .orElse(CodeBlock.of("null"));
    }
    return CodeBlock.of("null"); // collected and custom values come in the second pass
  }

  // emits: !Rows.getString(rs, 5 /* Note */).isBlank(), Rows.getLong(rs, 1 /* PatNum */) != 0, ...
  // (NULL reads as the blank it stands for, so a nullable column is blank when NULL; an enum has no blank)
  private CodeBlock nonEmpty(Field field) {
    CodeBlock read = field.kind() == FieldType.ENUM
        ? columns.read(field, DaoPlan.column(field))
        : columns.read(field.type(), field.storeAs(), DaoPlan.column(field));
    return switch (field.kind()) {
      case STRING, TEXT -> CodeBlock.of("!$L.isBlank()", read);
      case BOOL -> read;
      case DATE, DATE_TIME, TIMESTAMP, TIME, ENUM -> CodeBlock.of("$L != null", read);
      case MONEY -> CodeBlock.of("$L.signum() != 0", read);
      default -> CodeBlock.of("$L != 0", read);
    };
  }

  // emits: Rows.getString(rs, 40 /* j1_Abbr */), or for templates:
  // rs.getObject(42 /* j2_PatNum */) == null ? "" : Rows.getString(rs, 43 /* j2_FName */) + " " + ...
  private CodeBlock lookup(Lookup lookup) {
    if (!lookup.isTemplate()) {
      Lookup.TargetColumn column = lookup.columns().get(0);
      Field taken = lookup.join().target().field(column.placeholder()).orElseThrow();
      CodeBlock read = columns.read(taken, column.label());
      // an enum has no blank to read from NULL: a missing target leaves the field out
      return taken.kind() == FieldType.ENUM
          ? CodeBlock.of("$L.getObject($L) == null ? null : $L", ColumnCode.RS, columns.column(column.label()), read)
          : read;
    }
    List<CodeBlock> parts = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(lookup.template());
    int end = 0;
    int index = 0;
    while (matcher.find()) {
      if (matcher.start() > end) {
        parts.add(CodeBlock.of("$S", lookup.template().substring(end, matcher.start())));
      }
      String label = lookup.columns().get(index++).label();
      parts.add(columns.read(TypeRef.of(FieldType.STRING), EnumStorage.ORDINAL, label));
      end = matcher.end();
    }
    if (end < lookup.template().length()) {
      parts.add(CodeBlock.of("$S", lookup.template().substring(end)));
    }
    return CodeBlock.of("$L.getObject($L) == null$W? $S$W: $L", ColumnCode.RS, columns.column(lookup.presenceLabel()), "",
        CodeBlock.join(parts, "$W+ "));
  }
}
