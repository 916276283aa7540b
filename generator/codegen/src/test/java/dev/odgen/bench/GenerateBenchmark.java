package dev.odgen.bench;

import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures code generation from a loaded spec (a measuring program, not a test): emitting every file in
 * memory, and a whole run into a directory where nothing changed (read and compare every file). Warm-up
 * rounds first, then timed rounds; prints mean and spread.
 *
 * <pre>
 * java -cp generator/target/classes:generator/target/test-classes:&lt;dependencies&gt; \
 *     dev.odgen.bench.GenerateBenchmark spec/opendental [warmups] [rounds]
 * </pre>
 */
public final class GenerateBenchmark {

  private GenerateBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path spec = Path.of(args.length > 0 ? args[0] : "spec/opendental");
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path base = Path.of("").toAbsolutePath();
    ApiModel model = SpecLoader.load(spec, base);
    String label = SpecFiles.label(spec, base);
    Path out = Files.createTempDirectory("odgen-bench");
    CodegenRequest request = CodegenRequest.builder(out).spec(spec).baseDir(base).build();
    Codegen codegen = new Codegen();

    List<GeneratedFile> files = codegen.emit(model, label, request);
    long bytes = files.stream().mapToLong(f -> f.content().length()).sum();
    System.out.printf("spec %s: %d files, %.1f MB of text%n", label, files.size(), bytes / 1e6);
    codegen.generate(model, label, request);
    for (int i = 0; i < warmups; i++) {
      codegen.emit(model, label, request);
      codegen.generate(model, label, request);
    }
    long[] emit = new long[rounds];
    long[] unchanged = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      codegen.emit(model, label, request);
      emit[i] = System.nanoTime() - start;
      start = System.nanoTime();
      codegen.generate(model, label, request);
      unchanged[i] = System.nanoTime() - start;
    }
    report("emit all files in memory", emit);
    report("emit + write, nothing changed", unchanged);
    deleteTree(out);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void report(String what, long[] nanos) {
    double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    double mean = Arrays.stream(millis).average().orElse(0);
    System.out.printf(Locale.ROOT, "%-32s mean %.1f ms, median %.1f ms, min %.1f ms, max %.1f ms (%d rounds)%n",
        what, mean, millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length);
  }
}
