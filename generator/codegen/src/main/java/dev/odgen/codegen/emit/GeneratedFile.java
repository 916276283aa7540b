package dev.odgen.codegen.emit;

import java.util.Objects;

/**
 * One file an emitter produced, still in memory: its path relative to the output directory (always with
 * {@code /}), its text, and the emitter that made it (named when two emitters claim one path).
 */
public record GeneratedFile(String path, String content, String emitter) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(emitter, "emitter == null");
  }

  /** True for Java sources, which the compile check and the source root care about. */
  public boolean isJava() {
    return path.endsWith(".java");
  }

  /** {@code dev/odgen/x/entity/Patient.java -> dev.odgen.x.entity.Patient}; only for Java sources. */
  public String javaTypeName() {
    if (!isJava()) {
      throw new IllegalStateException("not a Java source: " + path);
    }
    return path.substring(0, path.length() - ".java".length()).replace('/', '.');
  }
}
