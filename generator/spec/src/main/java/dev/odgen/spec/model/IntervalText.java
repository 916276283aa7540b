package dev.odgen.spec.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an {@code interval} value as a spec writes a default: counts with the units y, m, w, d in that
 * order, e.g. {@code 6m1d}; {@code ""} is the empty interval. The runtime's {@code Intervals} reads the same text
 * on the wire; this copy lets the generator check and emit a default without depending on the runtime.
 */
public record IntervalText(int years, int months, int weeks, int days) {

  private static final Pattern TEXT =
      Pattern.compile("(?:(\\d{1,3})y)?(?:(\\d{1,3})m)?(?:(\\d{1,3})w)?(?:(\\d{1,3})d)?");

  /** The counts of {@code text}, or empty when it is not an interval (years over 127, other counts over 255). */
  public static Optional<IntervalText> parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    IntervalText value = new IntervalText(count(m, 1), count(m, 2), count(m, 3), count(m, 4));
    boolean fits = value.years <= 127 && value.months <= 255 && value.weeks <= 255 && value.days <= 255;
    return fits ? Optional.of(value) : Optional.empty();
  }

  private static int count(Matcher m, int group) {
    return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
  }
}
