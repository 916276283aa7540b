package dev.odgen.codegen.client;

import com.palantir.javapoet.CodeBlock;
import dev.odgen.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of a call as a Java expression, placeholders filled from parameters:
 * {@code /appointments/{AptNum}/Break -> "/appointments/" + aptNum + "/Break"}. Numbers go in as they are;
 * anything else is percent-encoded.
 */
final class PathCode {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  /** A path parameter: its Java name and type. */
  record Param(String identifier, TypeRef type) {}

  private PathCode() {}

  /** The placeholder names of {@code path}, in order. */
  static List<String> placeholders(String path) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * The expression building {@code path}.
   *
   * @param params the parameter of each placeholder, by placeholder name
   */
  static CodeBlock of(String path, Map<String, Param> params) {
    List<CodeBlock> parts = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(path);
    int literalStart = 0;
    while (matcher.find()) {
      if (matcher.start() > literalStart) {
        parts.add(CodeBlock.of("$S", path.substring(literalStart, matcher.start())));
      }
      Param param = params.get(matcher.group(1));
      if (param == null) {
        throw new IllegalArgumentException("no parameter for placeholder {" + matcher.group(1) + "} of " + path);
      }
      parts.add(value(param));
      literalStart = matcher.end();
    }
    if (literalStart < path.length() || parts.isEmpty()) {
      parts.add(CodeBlock.of("$S", path.substring(literalStart)));
    }
    return CodeBlock.join(parts, " + ");
  }

  private static CodeBlock value(Param param) {
    return switch (param.type().kind()) {
      case ID, REF, LONG, INT, BYTE -> CodeBlock.of("$N", param.identifier());
      case ENUM -> CodeBlock.of("$T.percentEncode($N.wireName())", ClientTypes.QUERY_PARAMS, param.identifier());
      default -> CodeBlock.of("$T.percentEncode($T.valueOf($N))", ClientTypes.QUERY_PARAMS, String.class,
          param.identifier());
    };
  }
}
