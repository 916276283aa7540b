package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.fail;

import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small specs for tests, held in memory: a minimal API file plus the files a test adds, under the
 * folder {@code spec/}. Loads them as the loader would, or writes them to a folder for CLI tests.
 */
public final class SpecFixture {

  /** The smallest valid API file. */
  public static final String MINIMAL_API = """
      api:
        name: Test
        basePath: /api
        package: test.generated
      serverTime: serverDateTime
      """;

  private final Map<String, String> files = new LinkedHashMap<>();

  private SpecFixture() {}

  /** A spec with the minimal API file at {@code spec/api.yaml}. */
  public static SpecFixture withApi() {
    return new SpecFixture().file("api.yaml", MINIMAL_API);
  }

  /** A spec with no files yet. */
  public static SpecFixture empty() {
    return new SpecFixture();
  }

  /** Adds (or replaces) the file {@code spec/<name>}. */
  public SpecFixture file(String name, String text) {
    files.put("spec/" + name, text);
    return this;
  }

  /** The files in path order, as the loader reads a folder. */
  public List<SpecSource> sources() {
    List<SpecSource> sources = new ArrayList<>();
    files.keySet().stream().sorted().forEach(path -> sources.add(new SpecSource(path, files.get(path))));
    return sources;
  }

  /** Loads the spec, failing the test with the diagnostics when it has errors. */
  public ApiModel load() {
    try {
      return SpecLoader.load(sources(), "spec");
    } catch (SpecException e) {
      return fail("expected the spec to load, but:\n" + e.render());
    }
  }

  /** Loads the spec expecting errors; returns their text as the user would see it. */
  public String errors() {
    try {
      SpecLoader.load(sources(), "spec");
    } catch (SpecException e) {
      return e.render();
    }
    return fail("expected the spec to have errors, but it loaded");
  }

  /** Writes the files under {@code root} (so {@code root/spec} is the spec folder); returns that folder. */
  public Path writeTo(Path root) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = root.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return root.resolve("spec");
  }
}
