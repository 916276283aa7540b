package dev.odgen.runtime.wire;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API's auth header, as given by the spec's {@code auth:} section: {@code <header>: <scheme>
 * <credential><separator><credential>...}, e.g. {@code Authorization: ODFHIR devKey/custKey}.
 * The server parses the header with it; the client builds it.
 *
 * @param header the header name, e.g. {@code Authorization}
 * @param scheme the scheme word before the credentials, e.g. {@code ODFHIR}; matched ignoring case
 * @param credentialNames names of the credentials in order, e.g. {@code [developerKey,
 *     customerKey]}; their count is how many the header must carry
 * @param separator what separates the credentials, e.g. {@code /}
 */
public record AuthSettings(String header, String scheme, List<String> credentialNames, String separator) {

  public AuthSettings {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(separator, "separator");
    credentialNames = List.copyOf(credentialNames);
    if (credentialNames.isEmpty()) {
      throw new IllegalArgumentException("credentialNames must not be empty");
    }
    if (separator.isEmpty() && credentialNames.size() > 1) {
      throw new IllegalArgumentException("separator must not be empty when there are several credentials");
    }
  }

  /** The header value for {@code credentials}, e.g. {@code ODFHIR devKey/custKey}. */
  public String headerValue(List<String> credentials) {
    if (credentials.size() != credentialNames.size()) {
      throw new IllegalArgumentException(
          "expected " + credentialNames.size() + " credentials (" + String.join(", ", credentialNames)
              + "), got " + credentials.size());
    }
    return scheme + " " + String.join(separator, credentials);
  }

  /** What a valid header looks like, for messages: {@code Authorization: ODFHIR {developerKey}/{customerKey}}. */
  public String expectedForm() {
    var names = new StringBuilder();
    for (String name : credentialNames) {
      names.append(names.length() == 0 ? "" : separator).append('{').append(name).append('}');
    }
    return header + ": " + scheme + " " + names;
  }

  /**
   * Splits a header value into its credentials.
   *
   * @param value the header value, or {@code null} when the header was not sent
   * @return the credentials, in order
   * @throws IllegalArgumentException with a message saying what is wrong (never echoing the
   *     credentials)
   */
  public List<String> parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(header + " header is missing; send '" + expectedForm() + "'");
    }
    String v = value.strip();
    int space = v.indexOf(' ');
    String givenScheme = space < 0 ? v : v.substring(0, space);
    if (space < 0 || !givenScheme.toLowerCase(Locale.ROOT).equals(scheme.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          header + " header is malformed: it must start with the scheme '" + scheme + "'; expected '"
              + expectedForm() + "'");
    }
    String rest = v.substring(space + 1).strip();
    List<String> parts = credentialNames.size() == 1 ? List.of(rest) : List.of(rest.split(Pattern.quote(separator), -1));
    if (parts.size() != credentialNames.size() || parts.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          header + " header is malformed: expected " + credentialNames.size() + " non-empty credentials ("
              + String.join(", ", credentialNames) + ") separated by '" + separator + "'; expected '"
              + expectedForm() + "'");
    }
    return parts.stream().map(String::strip).toList();
  }
}
