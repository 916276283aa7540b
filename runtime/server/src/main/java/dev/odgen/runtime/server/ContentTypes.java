package dev.odgen.runtime.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for the type of a request body: a JSON media type ({@code application/json}, {@code text/json}
 * or {@code *+json}), given once, with no charset or UTF-8, the only encoding the body is read in. A body
 * without a {@code Content-Type} is refused too: Open Dental's documentation requires the header on every
 * request and answers 400 to a missing or wrong one.
 */
final class ContentTypes {
  private ContentTypes() {}

  /** @throws BadRequestException saying what is wrong with the header and what to send instead */
  static void requireJson(Enumeration<String> headers) {
    List<String> values = headers == null ? List.of() : new ArrayList<>(Collections.list(headers));
    if (values.isEmpty() || values.get(0).isBlank()) {
      throw new BadRequestException("Content-Type is missing; send Content-Type: application/json with a JSON body");
    }
    if (values.size() > 1) {
      throw new BadRequestException("Content-Type is given " + values.size() + " times; give it once");
    }
    String type = values.get(0);
    String[] parts = type.split(";", -1);
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!(media.equals("application/json") || media.equals("text/json") || isJsonSuffix(media))) {
      throw new BadRequestException("Content-Type must be application/json, not '" + type + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        throw new BadRequestException("Content-Type '" + type + "' is malformed: '" + parameter
            + "' is not a name=value parameter");
      }
      String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
      String value = unquoted(parameter.substring(equals + 1).strip()).toLowerCase(Locale.ROOT);
      if (name.equals("charset") && !(value.equals("utf-8") || value.equals("utf8"))) {
        throw new BadRequestException("Content-Type charset must be utf-8, not '" + value + "'");
      }
    }
  }

  /**
   * A compressed request body is not read: the server would otherwise parse the compressed bytes as text (and an
   * honest gzip body fail as "not JSON" with no word about why).
   *
   * @throws BadRequestException for any {@code Content-Encoding} but {@code identity}
   */
  static void requireIdentityEncoding(String encoding) {
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      throw new BadRequestException("Content-Encoding '" + encoding.strip() + "' is not accepted; send the body"
          + " uncompressed");
    }
  }

  /** {@code application/vnd.x+json}: a type and a subtype ending in +json, nothing else. */
  private static boolean isJsonSuffix(String media) {
    int slash = media.indexOf('/');
    return slash > 0 && media.endsWith("+json") && media.length() > slash + 6 && media.indexOf('/', slash + 1) < 0
        && media.chars().noneMatch(Character::isWhitespace);
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
