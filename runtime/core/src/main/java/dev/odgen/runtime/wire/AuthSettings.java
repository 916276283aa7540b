package dev.odgen.runtime.wire;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The API's auth header, as given by the spec's {@code auth:} section: {@code <header>: <scheme>
 * <credential><separator><credential>...}, e.g. {@code Authorization: ODFHIR devKey/custKey}, {@code
 * Authorization: Bearer <token>}, or a key alone in a header of its own ({@code X-API-Key: <key>}, with no
 * scheme). The server parses the header with it; the client builds it. An API without auth has none.
 *
 * @param header the header name, e.g. {@code Authorization}
 * @param scheme the scheme word before the credentials, e.g. {@code ODFHIR} or {@code Bearer}, matched
 *     ignoring case; empty when the header carries the credential alone
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

  /** {@code Authorization: Bearer <token>}, with the credential named {@code token}. */
  public static AuthSettings bearer() {
    return new AuthSettings("Authorization", "Bearer", List.of("token"), "");
  }

  /** One key alone in {@code header}, e.g. {@code X-API-Key: <apiKey>}. */
  public static AuthSettings apiKey(String header, String credentialName) {
    return new AuthSettings(header, "", List.of(credentialName), "");
  }

  /** The header value for {@code credentials}, e.g. {@code ODFHIR devKey/custKey}. */
  public String headerValue(List<String> credentials) {
    if (credentials.size() != credentialNames.size()) {
      throw new IllegalArgumentException(
          "expected " + credentialNames.size() + " credentials (" + String.join(", ", credentialNames)
              + "), got " + credentials.size());
    }
    String joined = String.join(separator, credentials);
    return scheme.isEmpty() ? joined : scheme + " " + joined;
  }

  /** What a valid header looks like, for messages: {@code Authorization: ODFHIR {developerKey}/{customerKey}}. */
  public String expectedForm() {
    var names = new StringBuilder();
    for (String name : credentialNames) {
      names.append(names.length() == 0 ? "" : separator).append('{').append(name).append('}');
    }
    return header + ": " + (scheme.isEmpty() ? "" : scheme + " ") + names;
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
    if (scheme.isEmpty()) {
      return credentials(v);
    }
    int space = v.indexOf(' ');
    String givenScheme = space < 0 ? v : v.substring(0, space);
    if (space < 0 && givenScheme.equalsIgnoreCase(scheme)) {
      return credentials("");   // the scheme alone: say that the credentials are missing
    }
    if (space < 0 || !givenScheme.toLowerCase(Locale.ROOT).equals(scheme.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          header + " header is malformed: it must start with the scheme '" + scheme + "'; expected '"
              + expectedForm() + "'");
    }
    return credentials(v.substring(space + 1).strip());
  }

  private List<String> credentials(String rest) {
    List<String> parts = credentialNames.size() == 1 ? List.of(rest) : List.of(rest.split(Pattern.quote(separator), -1));
    if (credentialNames.size() == 1 && rest.isBlank()) {
      throw new IllegalArgumentException(
          header + " header is malformed: the " + credentialNames.get(0) + " is empty; expected '" + expectedForm()
              + "'");
    }
    if (parts.size() != credentialNames.size() || parts.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          header + " header is malformed: expected " + credentialNames.size() + " non-empty credentials ("
              + String.join(", ", credentialNames) + ") separated by '" + separator + "'; expected '"
              + expectedForm() + "'");
    }
    return parts.stream().map(String::strip).toList();
  }
}
