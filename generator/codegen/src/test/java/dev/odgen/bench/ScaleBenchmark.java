package dev.odgen.bench;

import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How generation time grows with the size of a spec (a measuring program, not a test): for each spec folder
 * given, reading and checking the spec and emitting every file in memory, warm, in one JVM. The specs take
 * turns in every round, so a busy machine slows them alike. Prints the median of each and its ratio to the
 * first spec's.
 *
 * <pre>
 * java -cp generator/cli/target/odgen.jar:generator/codegen/target/test-classes \
 *     dev.odgen.bench.ScaleBenchmark [warmups] [rounds] spec/opendental target/scale-spec
 * </pre>
 */
public final class ScaleBenchmark {

  private ScaleBenchmark() {}

  public static void main(String[] args) throws IOException {
    int warmups = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Path> specs = Arrays.stream(args, 2, args.length).map(Path::of).toList();
    Path base = Path.of("").toAbsolutePath();
    Path out = Files.createTempDirectory("odgen-scale");
    List<long[]> times = new ArrayList<>();
    specs.forEach(spec -> times.add(new long[rounds]));
    for (int round = -warmups; round < rounds; round++) {
      for (int i = 0; i < specs.size(); i++) {
        long start = System.nanoTime();
        int files = loadAndEmit(specs.get(i), base, out);
        long nanos = System.nanoTime() - start;
        if (round >= 0) {
          times.get(i)[round] = nanos;
        } else if (round == -warmups) {
          System.out.printf("%s: %d files%n", specs.get(i), files);
        }
      }
    }
    double first = median(times.get(0));
    for (int i = 0; i < specs.size(); i++) {
      double median = median(times.get(i));
      System.out.printf(Locale.ROOT, "%-40s load + emit (warm) median %.1f ms, min %.1f ms (%d rounds); %.2fx the first%n",
          specs.get(i), median, Arrays.stream(times.get(i)).min().orElse(0) / 1e6, rounds, median / first);
    }
    Files.delete(out);
  }

  private static int loadAndEmit(Path spec, Path base, Path out) throws IOException {
    ApiModel model = SpecLoader.load(spec, base);
    CodegenRequest request = CodegenRequest.builder(out).spec(spec).baseDir(base).build();
    return new Codegen().emit(model, SpecFiles.label(spec, base), request).size();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
