package dev.odgen.samples.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rows an example needs that the lowest id does not give (an appointment that is planned, a recall of a patient with
 * a recall type), from {@code replay/picks.txt}: {@code <example key> | <name> | <SQL giving the id>} per line;
 * {@code #} starts a comment. The SQL must run on H2 and MariaDB alike.
 */
final class Picks {
  private static final String RESOURCE = "/replay/picks.txt";
  private final Map<String, String> queries = new HashMap<>();

  static Picks load() {
    Picks picks = new Picks();
    try (InputStream in = Picks.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return picks;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|", 3);
        if (parts.length != 3) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected <example key> | <name> | <SQL>");
        }
        picks.queries.put(parts[0].strip() + "\u0000" + parts[1].strip(), parts[2].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return picks;
  }

  Optional<String> query(String exampleKey, String name) {
    return Optional.ofNullable(queries.get(exampleKey + "\u0000" + name));
  }
}
