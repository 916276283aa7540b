package dev.odgen.samples.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The examples that are known not to be answered as documented, each with its reason, from
 * {@code replay/exceptions.txt}: {@code <example key> | <reason>} per line ({@code #} starts a comment), the key as
 * {@link DocExample#key()} writes it.
 */
final class ReplayExceptions {
  private static final String RESOURCE = "/replay/exceptions.txt";

  private ReplayExceptions() {}

  /** Key → reason, in file order. */
  static Map<String, String> load() {
    Map<String, String> reasons = new LinkedHashMap<>();
    try (InputStream in = ReplayExceptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return reasons;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        int bar = line.indexOf('|');
        if (bar < 0 || line.substring(bar + 1).isBlank()) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected <example key> | <reason>");
        }
        if (reasons.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip()) != null) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": " + line.substring(0, bar).strip()
              + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return reasons;
  }
}
