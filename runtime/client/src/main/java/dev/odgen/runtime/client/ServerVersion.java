package dev.odgen.runtime.client;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The version of the server a client talks to, when the application knows it: generated clients check each
 * call and each field they send against the version the spec says added it ({@code versionAdded}), and refuse
 * before anything is sent. Versions are dotted numbers ({@code 22.3.6}) compared part by part, a missing part
 * counting as 0.
 */
public final class ServerVersion {
  private static final ServerVersion UNKNOWN = new ServerVersion("", null);

  private final String product;
  private final String version;

  private ServerVersion(String product, String version) {
    this.product = product;
    this.version = version;
  }

  /** No version known: every call is sent. */
  public static ServerVersion unknown() {
    return UNKNOWN;
  }

  /**
   * The server runs {@code version} of {@code product} (e.g. {@code Open Dental}, {@code 22.3}).
   *
   * @throws IllegalArgumentException when the version is not dotted numbers
   */
  public static ServerVersion of(String product, String version) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    if (!version.strip().matches("\\d+(\\.\\d+)*")) {
      throw new IllegalArgumentException("a server version is numbers separated by dots, e.g. 22.3.6; not '"
          + version + "'");
    }
    return new ServerVersion(product, version.strip());
  }

  /** Whether a version is known. */
  public boolean isKnown() {
    return version != null;
  }

  /**
   * Refuses a call the server's version does not have.
   *
   * @param since the version that added it (the spec's {@code versionAdded})
   * @param call what is being called, e.g. {@code GET /patients/Simple}
   * @throws ApiVersionException when the server is older than {@code since}
   */
  public void require(String since, String call) {
    if (version != null && compare(version, since) < 0) {
      throw new ApiVersionException(call + " needs " + product + " " + since + " or later, and the server is "
          + product + " " + version + " (as the client was built with serverVersion)", since, version);
    }
  }

  /**
   * Refuses a body that sends a field the server's version does not have.
   *
   * @param call what is being called, e.g. {@code POST /patients}
   * @param sent whether the body sends a field, by its name
   * @param since the version that added each field that has one
   * @throws ApiVersionException naming the first such field (in name order) and both versions
   */
  public void requireFields(String call, Predicate<String> sent, Map<String, String> since) {
    if (version == null) {
      return;
    }
    for (Map.Entry<String, String> field : new TreeMap<>(since).entrySet()) {
      if (sent.test(field.getKey()) && compare(version, field.getValue()) < 0) {
        throw new ApiVersionException(call + " sends " + field.getKey() + ", which " + product + " added in "
            + field.getValue() + ", and the server is " + product + " " + version
            + " (as the client was built with serverVersion): leave the field out", field.getValue(), version);
      }
    }
  }

  /** Compares dotted versions part by part; a missing part is 0, non-digits end a part. */
  static int compare(String a, String b) {
    String[] x = a.strip().split("\\.");
    String[] y = b.strip().split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(part(x, i), part(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long part(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    String digits = parts[i].replaceAll("\\D.*$", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 18 ? digits.substring(0, 18) : digits);
  }

  @Override
  public String toString() {
    return version == null ? "unknown" : product + " " + version;
  }
}
