package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.Docs;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The record declaration entities, models and patches share: one component per member with its
 * {@code @param} doc, and a compact constructor when some component needs normalising (immutable copies).
 */
final class RecordShape {

  /**
   * A record component.
   *
   * @param normalize a compact-constructor statement for it, e.g. {@code opNums = List.copyOf(opNums)}, or null
   */
  record Component(String identifier, TypeName type, String doc, CodeBlock normalize) {}

  private RecordShape() {}

  /** A public record with {@code components}. */
  static TypeSpec.Builder record(ClassName name, String javadoc, List<Component> components) {
    List<CodeBlock> normalizations = components.stream().map(Component::normalize).filter(Objects::nonNull).toList();
    // a compact constructor both declares the components and normalises them
    MethodSpec.Builder constructor = normalizations.isEmpty()
        ? MethodSpec.constructorBuilder()
        : MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    normalizations.forEach(constructor::addStatement);
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n\n", javadoc);
    for (Component component : components) {
      constructor.addParameter(ParameterSpec.builder(component.type(), component.identifier()).build());
      doc.add("@param $L $L\n", component.identifier(), component.doc());
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .recordConstructor(constructor.build());
  }

  /** The component of a JSON member; lists become immutable copies (absent ones {@code List.of()} or null). */
  static Component component(JsonMember member, String doc) {
    CodeBlock normalize = null;
    if (member.type().list()) {
      // emits: opNums = opNums == null ? List.of() : List.copyOf(opNums)
      normalize = CodeBlock.of("$N = $N == null ? $L : $T.copyOf($N)", member.identifier(), member.identifier(),
          member.nullable() ? CodeBlock.of("null") : CodeBlock.of("$T.of()", List.class), List.class,
          member.identifier());
    }
    return new Component(member.identifier(), member.javaType(), doc, normalize);
  }

  /** A member's doc line: {@code {@code Confirmed} (column ...): notes}. */
  static String doc(String wireName, String detail, String notes) {
    String doc = "{@code " + Docs.text(wireName) + "}" + detail;
    if (notes == null || notes.isBlank()) {
      return doc;
    }
    return doc + (doc.endsWith(".") ? " " : ": ") + Docs.text(notes);
  }
}
