package dev.odgen.codegen.client;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A generated method under construction whose Javadoc is kept apart until {@link #build}: the description,
 * wrapped, then the block tags after exactly one blank line (none when there are no tags).
 */
final class DocumentedMethod {

  private final MethodSpec.Builder spec;
  private final String description;
  private final List<CodeBlock> tags = new ArrayList<>();

  DocumentedMethod(String name, String description) {
    this.spec = MethodSpec.methodBuilder(name);
    this.description = description;
  }

  /** The method itself, for parameters, modifiers and code. */
  MethodSpec.Builder spec() {
    return spec;
  }

  /**
   * Adds a block tag, e.g. {@code tag("@param $L $L", name, text)}; wrapped when it names no type (a type
   * is written only once imports are known).
   */
  DocumentedMethod tag(String format, Object... args) {
    CodeBlock tag = CodeBlock.of(format, args);
    boolean namesType = Arrays.stream(args).anyMatch(arg -> arg instanceof TypeName);
    tags.add(namesType ? CodeBlock.of("$L\n", tag) : CodeBlock.of("$L\n", JavadocText.wrap(tag.toString(), "    ")));
    return this;
  }

  MethodSpec build() {
    spec.addJavadoc("$L\n", JavadocText.wrap(description));
    if (!tags.isEmpty()) {
      spec.addJavadoc("\n");
      tags.forEach(spec::addJavadoc);
    }
    return spec.build();
  }
}
