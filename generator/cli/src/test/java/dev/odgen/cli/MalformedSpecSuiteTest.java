package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code odgen validate} on every variant of {@link MalformedSpecs}: each must exit 1 with every error at a
 * {@code path:line:column}, print nothing on stdout and no stack trace, within {@link #TIME_BOUND_MS} and
 * {@link #ALLOCATION_BOUND_BYTES} of allocation (the audit saw a 50 MB file take more than 120 s and 1.1 GB).
 * The valid controls must pass. Prints how many variants were tried, how many were refused properly, and the
 * slowest and hungriest.
 */
class MalformedSpecSuiteTest {
  /** Per variant; a normal one takes milliseconds. */
  static final long TIME_BOUND_MS = 10_000;
  /** Bytes allocated per variant on the validating thread; a normal one allocates a few MB. */
  static final long ALLOCATION_BOUND_BYTES = 256L * 1024 * 1024;

  private static final Pattern ERROR_LINE = Pattern.compile("^(\\S.*?):(\\d+):(\\d+): error: \\S.*$");
  private static final Pattern STACK_TRACE = Pattern.compile("Exception|\\tat |internal error|\\.java:\\d+\\)");

  @TempDir
  Path root;

  /** What one run did. */
  private record Outcome(String variant, int exit, String out, String err, long millis, long allocated) {}

  @Test
  void everyMalformedSpecIsRefusedWithALocationAndNoStackTrace() throws Exception {
    List<MalformedSpecs.Variant> variants = MalformedSpecs.all();
    assertTrue(variants.size() >= 170, "the suite has " + variants.size() + " variants; the issue asks for 170");
    List<String> failures = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    int skipped = 0;
    for (MalformedSpecs.Variant variant : MalformedSpecs.controls()) {
      Outcome o = run(variant);
      if (o == null) {
        skipped++;
        continue;
      }
      if (o.exit() != 0) {
        failures.add("control '" + variant.name() + "' was refused (exit " + o.exit() + "):\n" + o.err());
      }
      checkBounds(o, failures);
    }
    for (MalformedSpecs.Variant variant : variants) {
      Outcome o = run(variant);
      if (o == null) {
        skipped++;
        continue;
      }
      outcomes.add(o);
      String problem = problem(o);
      if (problem != null) {
        failures.add("'" + variant.name() + "': " + problem + "\n--- stdout:\n" + o.out() + "--- stderr:\n"
            + shorten(o.err()));
      }
      checkBounds(o, failures);
    }
    Outcome slowest = outcomes.stream().max(Comparator.comparingLong(Outcome::millis)).orElseThrow();
    Outcome hungriest = outcomes.stream().max(Comparator.comparingLong(Outcome::allocated)).orElseThrow();
    long total = outcomes.stream().mapToLong(Outcome::millis).sum();
    System.out.printf("MalformedSpecSuite: %d variants tried, %d refused properly (exit 1, path:line:column, no stack"
            + " trace), %d controls passed, %d skipped; %d ms in all; slowest %d ms ('%s'); most allocated %.1f MB"
            + " ('%s'); bounds %d ms and %d MB per variant%n",
        outcomes.size(), outcomes.size() - (int) failures.stream().filter(f -> !f.startsWith("control")).count(),
        MalformedSpecs.controls().size(), skipped, total, slowest.millis(), slowest.variant(),
        hungriest.allocated() / 1e6, hungriest.variant(), TIME_BOUND_MS, ALLOCATION_BOUND_BYTES >> 20);
    if (!failures.isEmpty()) {
      fail(failures.size() + " variants misbehaved:\n\n" + String.join("\n\n", failures));
    }
  }

  /** Runs {@code validate} on the valid spec with {@code variant} applied; null when the platform cannot make it. */
  private Outcome run(MalformedSpecs.Variant variant) throws IOException {
    Path dir = Files.createTempDirectory(root, "v");
    Path spec = Files.createDirectories(dir.resolve("spec"));
    MalformedSpecs.writeValid(spec);
    try {
      variant.change().apply(spec);
    } catch (UnsupportedOperationException | FileSystemException e) {
      System.out.println("MalformedSpecSuite: skipped '" + variant.name() + "': this file system cannot make it ("
          + e.getMessage() + ")");
      return null;
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OdgenCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("validate", "--base-dir", dir.toString(), spec.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    deleteTree(dir);
    return new Outcome(variant.name(), exit, out.toString(), err.toString(), millis, allocated);
  }

  /** What is wrong with the answer to a malformed spec, or null. */
  private static String problem(Outcome o) {
    if (o.exit() != 1) {
      return "exit " + o.exit() + ", expected 1";
    }
    if (!o.out().isEmpty()) {
      return "printed on stdout";
    }
    if (STACK_TRACE.matcher(o.err()).find()) {
      return "shows a stack trace or an internal error";
    }
    List<String> errorLines = o.err().lines().filter(l -> l.contains(": error: ") && !l.startsWith(" ")).toList();
    if (errorLines.isEmpty()) {
      return "no 'path:line:column: error:' line";
    }
    for (String line : errorLines) {
      Matcher m = ERROR_LINE.matcher(line);
      if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(3)) < 1
          || !m.group(1).startsWith("spec/")) {
        return "an error without a path:line:column in the spec: " + line;
      }
    }
    return null;
  }

  private static void checkBounds(Outcome o, List<String> failures) {
    if (o.millis() > TIME_BOUND_MS) {
      failures.add("'" + o.variant() + "' took " + o.millis() + " ms (bound " + TIME_BOUND_MS + ")");
    }
    if (o.allocated() > ALLOCATION_BOUND_BYTES) {
      failures.add("'" + o.variant() + "' allocated " + o.allocated() / 1_000_000 + " MB (bound "
          + (ALLOCATION_BOUND_BYTES >> 20) + " MB)");
    }
  }

  private static String shorten(String text) {
    return text.length() > 1500 ? text.substring(0, 1500) + "…\n" : text;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
