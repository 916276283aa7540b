package dev.odgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.odgen.runtime.wire.WireSettings;
import dev.odgen.spec.model.ApiInfo;
import java.util.ArrayList;
import java.util.List;

/** The runtime settings the server and the client facade build from the spec's API file, as Java expressions. */
public final class SettingsCode {

  private static final ClassName WIRE_SETTINGS = ClassName.get(WireSettings.class);

  private SettingsCode() {}

  /**
   * {@code new WireSettings(true, "yyyy-MM-dd", ...)}, with {@code true} last when absent values travel as JSON null
   * (placeholder blanks keep the shorter constructor). {@code separator} goes between the arguments.
   */
  public static CodeBlock wire(ApiInfo api, String separator) {
    ApiInfo.WireFormat wire = api.wire();
    List<CodeBlock> arguments = new ArrayList<>(List.of(
        CodeBlock.of("$L", wire.booleansAsStrings()), CodeBlock.of("$S", wire.date()), CodeBlock.of("$S", wire.dateTime()),
        CodeBlock.of("$S", wire.time()), CodeBlock.of("$S", wire.noDate()), orNull(wire.dateFormatParam().orElse(null)),
        orNull(wire.dateTimeFormatParam().orElse(null))));
    if (api.blanks() == ApiInfo.Blanks.NULL) {
      arguments.add(CodeBlock.of("true"));
    }
    return CodeBlock.of("new $T($L)", WIRE_SETTINGS, CodeBlock.join(arguments, separator));
  }

  private static CodeBlock orNull(String text) {
    return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
  }
}
