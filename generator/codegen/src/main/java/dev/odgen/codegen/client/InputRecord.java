package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * An immutable record of the inputs of one call (a list query or an action request), built fluently:
 *
 * <pre>
 * public record VisitsQuery(long patNum, VisitStatus visitStatus, LocalDateTime dateTStamp) {
 *   public static VisitsQuery of(long patNum) { ... }          // the required inputs
 *   public VisitsQuery visitStatus(VisitStatus visitStatus) { ... }   // a copy with one input set
 *   void addTo(QueryParams params) { ... }                      // the query parameters
 *   void writeJson(WireWriter out) { ... }                      // the body, when there are body fields
 * }
 * </pre>
 *
 * <p>Optional inputs are boxed and {@code null} until set; a {@code null} one is not sent.
 */
final class InputRecord {

  private final JavaTypes types;
  private final InputCode code;

  InputRecord(EmitContext ctx) {
    this.types = ctx.types();
    this.code = new InputCode(ctx);
  }

  /** The record {@code name} holding {@code inputs} in order. */
  TypeSpec.Builder build(ClassName name, String javadoc, List<Input> inputs) {
    CodeBlock normalize = normalize(inputs);
    // a compact constructor both declares the components and checks them
    MethodSpec.Builder constructor = normalize.isEmpty()
        ? MethodSpec.constructorBuilder()
        : MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC).addCode(normalize);
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n\n", JavadocText.wrap(javadoc));
    for (Input input : inputs) {
      constructor.addParameter(ParameterSpec.builder(input.javaType(types), input.identifier()).build());
      doc.add("$L\n", JavadocText.wrap("@param " + input.identifier() + " " + input.describe()
          + (input.required() ? "; required" : ""), "    "));
    }
    TypeSpec.Builder type = TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build())
        .addMethod(of(name, inputs));
    inputs.forEach(input -> type.addMethod(setter(name, input, inputs)));
    if (inputs.stream().anyMatch(i -> i.place() == Input.Place.QUERY)) {
      type.addMethod(addTo(inputs));
    }
    if (inputs.stream().anyMatch(i -> i.place() == Input.Place.BODY)) {
      type.addMethod(writeJson(inputs));
    }
    return type;
  }

  // emits: Objects.requireNonNull(sqlCommand, "SqlCommand"); visitNums = List.copyOf(visitNums);
  private CodeBlock normalize(List<Input> inputs) {
    CodeBlock.Builder normalize = CodeBlock.builder().add(code.requireNonNull(inputs));
    for (Input input : inputs) {
      String id = input.identifier();
      if (input.type().list() && input.required()) {
        normalize.addStatement("$N = $T.copyOf($N)", id, List.class, id);
      } else if (input.type().list()) {
        normalize.addStatement("$N = $N == null ? null : $T.copyOf($N)", id, id, List.class, id);
      }
    }
    return normalize.build();
  }

  // emits: public static VisitsQuery of(long patNum) { return new VisitsQuery(patNum, null, null); }
  private MethodSpec of(ClassName name, List<Input> inputs) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.OF)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name);
    List<Input> required = inputs.stream().filter(Input::required).toList();
    method.addJavadoc(required.isEmpty()
        ? "Nothing set yet: set what you need with the methods named after the inputs.\n"
        : "The required inputs; set the optional ones with the methods named after them.\n");
    for (Input input : required) {
      method.addParameter(input.valueType(types), input.identifier());
    }
    List<CodeBlock> values = inputs.stream()
        .map(i -> i.required() ? CodeBlock.of("$N", i.identifier()) : CodeBlock.of("null"))
        .toList();
    return method.addStatement("return new $T($L)", name, CodeBlock.join(values, ",$W")).build();
  }

  // emits: public VisitsQuery visitStatus(VisitStatus visitStatus) { return new VisitsQuery(patNum, visitStatus, dateTStamp); }
  private MethodSpec setter(ClassName name, Input input, List<Input> inputs) {
    // the parameter shadows its own component, so the same list of names builds the copy
    List<CodeBlock> values = inputs.stream().map(i -> CodeBlock.of("$N", i.identifier())).toList();
    return MethodSpec.methodBuilder(input.identifier())
        .addJavadoc("$L\n", JavadocText.wrap("A copy that sends " + input.describe() + "."))
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addParameter(input.valueType(types), input.identifier())
        .addStatement("return new $T($L)", name, CodeBlock.join(values, ",$W"))
        .build();
  }

  // emits: void addTo(QueryParams params) { params.addLong("PatNum", patNum); ... }
  private MethodSpec addTo(List<Input> inputs) {
    return MethodSpec.methodBuilder(JavaNames.ADD_TO)
        .addJavadoc("Adds the query parameters that are set to {@code $L}.\n", JavaNames.PARAMS)
        .addParameter(ClientTypes.QUERY_PARAMS, JavaNames.PARAMS)
        .addCode(code.addQuery(inputs))
        .build();
  }

  // emits: void writeJson(WireWriter out) { out.startObject(); out.writeLong("PatNum", patNum); ... out.endObject(); }
  private MethodSpec writeJson(List<Input> inputs) {
    return MethodSpec.methodBuilder(JavaNames.WRITE_JSON)
        .addJavadoc("Writes the body: one JSON object with the body fields that are set.\n")
        .addParameter(WireCode.WIRE_WRITER, JavaNames.WRITER)
        .addCode(code.writeBody(inputs))
        .build();
  }
}
