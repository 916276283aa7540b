package dev.odgen.samples.app.hooks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A person's name as Open Dental shows it in lists: "Lynda Larson, DMD", "Steve N Stevens". */
final class DisplayName {
  private DisplayName() {
  }

  /** The non-blank {@code parts} separated by spaces, then ", {@code suffix}" when there is one. */
  static String of(String suffix, String... parts) {
    String name = Arrays.stream(parts)
        .filter(p -> p != null && !p.isBlank())
        .map(String::trim)
        .collect(Collectors.joining(" "));
    return suffix == null || suffix.isBlank() ? name : name + ", " + suffix.trim();
  }
}
