package dev.odgen.codegen.client;

import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Code that sends inputs: query parameters through the runtime's {@code QueryParams} (which skips
 * {@code null}, so optional inputs need no checks) and body fields through its {@code WireWriter} (optional
 * ones only when set). Values are the inputs' identifiers, as method parameters or record components.
 */
final class InputCode {

  private final JavaTypes types;
  private final WireCode wire;
  private final String timePattern;

  InputCode(EmitContext ctx) {
    this.types = ctx.types();
    this.wire = ctx.wire();
    this.timePattern = ctx.model().api().wire().time();
  }

  /** {@code Objects.requireNonNull(note, "Note");} for each required input held in a reference. */
  CodeBlock requireNonNull(List<Input> inputs) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Input input : inputs) {
      if (input.required() && input.nullable(types)) {
        code.addStatement("$T.requireNonNull($N, $S)", Objects.class, input.identifier(), input.wireName());
      }
    }
    return code.build();
  }

  /** Statements adding each query input to {@code params}, e.g. {@code params.addLong("PatNum", patNum);}. */
  CodeBlock addQuery(List<Input> inputs) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Input input : inputs) {
      if (input.place() == Input.Place.QUERY) {
        code.addStatement("$N.$L", JavaNames.PARAMS, add(input));
      }
    }
    return code.build();
  }

  /** Statements writing the body inputs as one JSON object to {@code out}; optional ones only when set. */
  CodeBlock writeBody(List<Input> inputs) {
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$N.startObject()", JavaNames.WRITER);
    for (Input input : inputs) {
      if (input.place() != Input.Place.BODY) {
        continue;
      }
      CodeBlock write = wire.write(input.type(), input.wireAs(), input.wireName(), CodeBlock.of("$N", input.identifier()));
      if (!input.required()) {
        code.beginControlFlow("if ($N != null)", input.identifier()).add(write).endControlFlow();
      } else {
        code.add(write);
      }
    }
    return code.addStatement("$N.endObject()", JavaNames.WRITER).build();
  }

  // emits: addLong("PatNum", patNum), addEnum("Status", status), addDate("date", date), ...
  private CodeBlock add(Input input) {
    TypeRef type = input.type();
    String name = input.wireName();
    String id = input.identifier();
    if (type.list()) {
      return switch (type.kind()) {
        case ID, REF, LONG -> CodeBlock.of("addLongList($S, $N)", name, id);
        case STRING, TEXT -> orNull(input, CodeBlock.of("$T.join($S, $N)", String.class, ",", id));
        default -> throw new IllegalArgumentException(
            "a query parameter holding a list of " + type.kind().specName() + " is not supported ('" + name + "')");
      };
    }
    return switch (type.kind()) {
      case ID, REF, LONG -> CodeBlock.of("addLong($S, $N)", name, id);
      case INT, BYTE -> CodeBlock.of("addInt($S, $N)", name, id);
      case BOOL -> CodeBlock.of("addBool($S, $N)", name, id);
      case DATE -> CodeBlock.of("addDate($S, $N)", name, id);
      case DATE_TIME, TIMESTAMP -> CodeBlock.of("addDateTime($S, $N)", name, id);
      case MONEY -> CodeBlock.of("addMoney($S, $N)", name, id);
      case STRING, TEXT -> CodeBlock.of("addString($S, $N)", name, id);
      case ENUM -> input.wireAs() == WireForm.ORDINAL
          ? CodeBlock.of("addInt($S, $N == null ? null : $N.storedValue())", name, id, id)
          : CodeBlock.of("addEnum($S, $N)", name, id);
      case DOUBLE, FLOAT -> orNull(input, CodeBlock.of("$T.valueOf($N)", String.class, id));
      case COLOR -> orNull(input, CodeBlock.of("$T.toWire($N)", ClientTypes.COLORS, id));
      case INTERVAL -> orNull(input, CodeBlock.of("$T.toWire($N)", ClientTypes.INTERVALS, id));
      case TIME -> orNull(input,
          CodeBlock.of("$N.format($T.ofPattern($S))", id, DateTimeFormatter.class, timePattern));
      case MODEL -> throw new IllegalArgumentException("a query parameter cannot hold a model ('" + name + "')");
    };
  }

  // emits: addString("Weight", weight == null ? null : String.valueOf(weight)), without the check for primitives
  private CodeBlock orNull(Input input, CodeBlock text) {
    String name = input.wireName();
    return input.nullable(types)
        ? CodeBlock.of("addString($S, $N == null ? null : $L)", name, input.identifier(), text)
        : CodeBlock.of("addString($S, $L)", name, text);
  }
}
