package dev.odgen.bench;

import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures how long loading and validating a spec folder takes (a measuring program, not a test).
 * Reads the files once, then parses, links and checks them many times: warm-up rounds first, then
 * timed rounds, and prints the mean and spread. A separate figure includes reading the files.
 *
 * <pre>
 * java -cp generator/target/classes:generator/target/test-classes:&lt;dependencies&gt; \
 *     dev.odgen.bench.LoadBenchmark spec/opendental [warmups] [rounds]
 * </pre>
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path spec = Path.of(args.length > 0 ? args[0] : "spec/opendental");
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    Path base = Path.of("").toAbsolutePath();
    List<SpecSource> sources = SpecFiles.read(spec, base);
    String label = SpecFiles.label(spec, base);

    try {
      ApiModel model = SpecLoader.load(sources, label);
      System.out.printf("spec %s: %d files, %d resources, %d fields, %d endpoints, %d enums%n", label,
          sources.size(), model.resources().size(), model.fieldCount(), model.endpointCount(),
          model.enums().size());
    } catch (SpecException e) {
      // a spec with errors still goes through every stage; time it all the same
      System.out.printf("spec %s: %d files, %d errors (timed all the same)%n", label, sources.size(),
          e.diagnostics().size());
    }
    for (int i = 0; i < warmups; i++) {
      time(() -> SpecLoader.load(sources, label));
    }
    long[] inMemory = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      inMemory[i] = time(() -> SpecLoader.load(sources, label));
    }
    long[] withReading = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      withReading[i] = time(() -> SpecLoader.load(spec, base));
    }
    report("parse + link + validate", inMemory);
    report("read files + parse + link + validate", withReading);
  }

  private interface Load {
    void run() throws IOException;
  }

  private static long time(Load load) throws IOException {
    long start = System.nanoTime();
    try {
      load.run();
    } catch (SpecException e) {
      // expected for a spec with errors
    }
    return System.nanoTime() - start;
  }

  private static void report(String what, long[] nanos) {
    double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    double mean = Arrays.stream(millis).average().orElse(0);
    System.out.printf(Locale.ROOT, "%-38s mean %.1f ms, median %.1f ms, min %.1f ms, max %.1f ms (%d rounds)%n",
        what, mean, millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length);
  }
}
