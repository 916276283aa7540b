package dev.odgen.samples.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The output of a child process, read line by line on a thread of its own, so a test can wait for a line with a
 * deadline instead of blocking forever on a process that never says it.
 */
final class ProcessLines {
  private final List<String> lines = new ArrayList<>();

  private ProcessLines() {}

  /** Starts reading {@code process}'s output (stderr too, when redirected into it). */
  static ProcessLines of(Process process) {
    ProcessLines output = new ProcessLines();
    Thread reader = new Thread(() -> output.readAll(process), "process-output");
    reader.setDaemon(true);
    reader.start();
    return output;
  }

  /** The first line so far or within {@code timeout} that matches, or null. */
  synchronized String await(Predicate<String> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String line : lines) {
        if (match.test(line)) {
          return line;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Every line read so far. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private void readAll(Process process) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (this) {
          lines.add(line);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the process went away: what was read stays
    }
  }
}
