package dev.odgen.bench;

import dev.odgen.codegen.diff.DiffReport;
import dev.odgen.codegen.diff.MigrationScript;
import dev.odgen.codegen.diff.SpecDiff;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures how long comparing two specs takes (a measuring program, not a test): both are loaded once, then
 * {@code SpecDiff.compare} and the migration script run in warm-up rounds and timed rounds; prints the spread.
 *
 * <pre>
 * java -cp &lt;codegen classes, test classes, dependencies&gt; dev.odgen.bench.DiffBenchmark OLD NEW [warmups] [rounds]
 * </pre>
 */
public final class DiffBenchmark {

  private DiffBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path base = Path.of("").toAbsolutePath();
    ApiModel before = SpecLoader.load(Path.of(args.length > 0 ? args[0] : "spec/opendental"), base);
    ApiModel after = SpecLoader.load(Path.of(args.length > 1 ? args[1] : "spec/opendental"), base);
    int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    DiffReport report = SpecDiff.compare(before, after);
    System.out.printf("%d resources against %d: %s%n", before.resources().size(), after.resources().size(),
        report.summary());
    for (int i = 0; i < warmups; i++) {
      SpecDiff.compare(before, after);
      MigrationScript.between(before, after, Dialect.MARIADB);
    }
    long[] diff = new long[rounds];
    long[] script = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      SpecDiff.compare(before, after);
      diff[i] = System.nanoTime() - start;
      start = System.nanoTime();
      MigrationScript.between(before, after, Dialect.MARIADB);
      script[i] = System.nanoTime() - start;
    }
    report("compare (SpecDiff)", diff);
    report("migration script", script);
  }

  private static void report(String what, long[] nanos) {
    double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
    double mean = Arrays.stream(millis).average().orElse(0);
    System.out.printf(Locale.ROOT, "%-20s mean %.2f ms, median %.2f ms, min %.2f ms, max %.2f ms (%d rounds)%n",
        what, mean, millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length);
  }
}
