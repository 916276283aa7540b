package dev.odgen.spec.yaml;

import dev.odgen.spec.model.ApiInfo.AuthType;
import dev.odgen.spec.yaml.ApiElement.AuthElement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code auth:} section and checks that its keys fit its {@code type}: {@code none} takes no other key,
 * {@code bearer} at most the name of its one credential, {@code apiKey} a header and at most that name, and
 * {@code credentials} a list of credentials with an optional header, scheme and separator. A section without
 * {@code type} that lists credentials is of type {@code credentials}.
 */
final class AuthReader {

  static final List<String> KEYS = List.of("type", "header", "scheme", "credentials", "separator");
  private static final Map<String, AuthType> TYPES = types();

  private AuthReader() {}

  static Optional<AuthElement> read(MapReader auth) {
    List<String> credentials = auth.texts("credentials");
    Optional<AuthType> type = auth.has("type")
        ? auth.keyword("type", "auth type", TYPES)
        : inferred(auth, credentials);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    switch (type.get()) {
      case NONE -> refuse(auth, type.get(), List.of("header", "scheme", "credentials", "separator"),
          "an API without auth takes no other key");
      case BEARER -> {
        refuse(auth, type.get(), List.of("header", "scheme", "separator"),
            "a bearer token always travels as 'Authorization: Bearer <token>'");
        atMostOne(auth, credentials, "token");
      }
      case API_KEY -> {
        refuse(auth, type.get(), List.of("scheme", "separator"), "an API key travels alone in its header");
        if (auth.text("header").isEmpty()) {
          auth.scope().diagnostics().error(auth.start(), auth.trail(),
              "auth type 'apiKey' needs 'header': the header the key travels in", "add e.g. 'header: X-API-Key'");
        }
        atMostOne(auth, credentials, "apiKey");
      }
      case CREDENTIALS -> {
        if (credentials.isEmpty()) {
          auth.errorAt("credentials", "auth type 'credentials' needs at least one credential",
              "list their names, e.g. 'credentials: [developerKey, customerKey]'");
        }
        if (credentials.size() > 1 && auth.has("separator") && auth.text("separator").isEmpty()) {
          auth.errorAt("separator", "several credentials need a separator between them",
              "write e.g. 'separator: /'");
        }
      }
    }
    return Optional.of(new AuthElement(type.get(), auth.text("header"), auth.text("scheme"), credentials,
        auth.text("separator")));
  }

  /** The type of a section written before auth had types: {@code credentials} when it lists them. */
  private static Optional<AuthType> inferred(MapReader auth, List<String> credentials) {
    if (!credentials.isEmpty()) {
      return Optional.of(AuthType.CREDENTIALS);
    }
    auth.scope().diagnostics().error(auth.start(), auth.trail(), "missing key 'type' in 'auth'",
        "add 'type: ...' (one of " + String.join(", ", TYPES.keySet())
            + "), or leave out 'auth:' for an API every caller may use");
    return Optional.empty();
  }

  private static void refuse(MapReader auth, AuthType type, List<String> keys, String why) {
    for (String key : keys) {
      if (auth.has(key)) {
        auth.scope().diagnostics().error(auth.keyLocation(key), auth.trail(),
            "'" + key + "' does not apply to auth type '" + type.specName() + "': " + why,
            "remove '" + key + "', or choose another 'type'");
      }
    }
  }

  private static void atMostOne(MapReader auth, List<String> credentials, String usual) {
    if (credentials.size() > 1) {
      auth.errorAt("credentials", "this auth type carries one credential, not " + credentials.size(),
          "name the one credential, e.g. 'credentials: [" + usual + "]', or use 'type: credentials'");
    }
  }

  private static Map<String, AuthType> types() {
    Map<String, AuthType> types = new LinkedHashMap<>();
    Arrays.stream(AuthType.values()).forEach(t -> types.put(t.specName(), t));
    return types;
  }
}
