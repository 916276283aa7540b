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
  private CodeBlock sinceTag;

  /** The field of a resource client holding the server's version. */
  static final String SERVER_VERSION_FIELD = "serverVersion";

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

  /**
   * For an endpoint added in {@code since} (when known): the {@code @since} tag, and a first statement that
   * refuses the call, before anything is sent, when the client was told an older server version.
   */
  DocumentedMethod since(String product, java.util.Optional<String> since, String call) {
    since.ifPresent(version -> {
      spec.addStatement("this.$N.require($S, $S)", SERVER_VERSION_FIELD, version, call);
      sinceTag = CodeBlock.of("@since $L $L\n", product, version);
    });
    return this;
  }

  MethodSpec build() {
    spec.addJavadoc("$L\n", JavadocText.wrap(description));
    if (sinceTag != null) {
      tags.add(sinceTag);
    }
    if (!tags.isEmpty()) {
      spec.addJavadoc("\n");
      tags.forEach(spec::addJavadoc);
    }
    return spec.build();
  }
}
