package dev.odgen.samples.e2e;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The Open Dental spec the server was generated from, loaded once per test JVM. */
final class TheSpec {
  private static ApiModel model;

  private TheSpec() {}

  /** The linked model of {@code odgen.spec.dir} (set by the module's surefire configuration). */
  static synchronized ApiModel model() {
    if (model == null) {
      Path dir = Path.of(System.getProperty("odgen.spec.dir", "../spec/opendental"));
      try {
        model = SpecLoader.load(dir, dir.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the spec at " + dir.toAbsolutePath(), e);
      }
    }
    return model;
  }

  static Resource resource(String name) {
    return model().resource(name).orElseThrow(() -> new IllegalArgumentException("no resource " + name));
  }

  static EnumType enumType(String name) {
    return model().enumType(name).orElseThrow(() -> new IllegalArgumentException("no enum " + name));
  }
}
