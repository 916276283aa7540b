package dev.odgen.runtime.server;

import dev.odgen.runtime.wire.AuthSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credential sets the server accepts, configured when the server starts (never written into
 * generated code). Implement it to check keys elsewhere, e.g. in a database table.
 */
@FunctionalInterface
public interface KeyStore {

  /** True when this set of credentials (in header order) may call the API. */
  boolean accepts(List<String> credentials);

  /** Accepts exactly the given credential sets. */
  static KeyStore of(Collection<List<String>> accepted) {
    Set<List<String>> keys = Set.copyOf(accepted.stream().map(List::copyOf).toList());
    return keys::contains;
  }

  /** Accepts any of {@code keys}, for an API whose header carries one credential (a bearer token, an API key). */
  static KeyStore ofKeys(String... keys) {
    return of(Arrays.stream(keys).map(List::of).toList());
  }

  /**
   * Reads credential sets from text: one set per line, credentials joined by the auth separator
   * (e.g. {@code devKey/custKey}), or one key per line when the header carries one credential; blank lines
   * and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line when it does not hold the right number of
   *     non-empty credentials
   */
  static KeyStore parse(String text, AuthSettings auth) {
    List<List<String>> sets = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> parts = auth.credentialNames().size() == 1
          ? List.of(line)
          : List.of(line.split(Pattern.quote(auth.separator()), -1));
      if (parts.size() != auth.credentialNames().size() || parts.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException(
            "keys line " + (i + 1) + ": expected " + auth.credentialNames().size() + " credentials ("
                + String.join(", ", auth.credentialNames()) + ") separated by '" + auth.separator() + "'");
      }
      sets.add(parts.stream().map(String::strip).toList());
    }
    return of(sets);
  }

  /** {@link #parse} of a UTF-8 file; errors name the file. */
  static KeyStore fromFile(Path file, AuthSettings auth) throws IOException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), auth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }
}
