package dev.odgen.openapi;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Spec files as YAML text: block style, with one flow map per line where a map holds only plain values
 * ({@code - {name: PatNum, type: id}}), as the spec's own files are written.
 */
final class SpecYaml {

  private SpecYaml() {}

  static String write(Object content, List<String> headerComments) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
    options.setIndent(2);
    options.setIndicatorIndent(0);
    options.setWidth(120);
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    StringBuilder text = new StringBuilder();
    headerComments.forEach(line -> text.append("# ").append(line).append('\n'));
    return text.append(new Yaml(options).dump(content)).toString();
  }

  static String write(Map<String, Object> content) {
    return write(content, List.of());
  }
}
