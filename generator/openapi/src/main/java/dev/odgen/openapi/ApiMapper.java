package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.codegen.openapi.Extensions;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API file of the imported spec: name, title, base path and package; the auth header from the security scheme
 * the document applies; wire, paging and throttling settings from {@code x-odgen-api} when odgen wrote the document;
 * base URL presets from its absolute servers.
 */
final class ApiMapper {

  private final Doc doc;
  private final List<String> notes;

  ApiMapper(Doc doc, List<String> notes) {
    this.doc = doc;
    this.notes = notes;
  }

  /** The API file's sections; {@code dateTimeFormat} is used when the document has no odgen settings. */
  Map<String, Object> map(boolean usesRfcDateTimes, Optional<String[]> paging) {
    JsonNode info = doc.node("/info");
    JsonNode odgen = info.path(Extensions.API);
    Map<String, Object> file = new LinkedHashMap<>();
    Map<String, Object> api = new LinkedHashMap<>();
    String title = Doc.text(info, "title").orElse("Api");
    String name = Doc.text(odgen, "name").orElse(Names.upperCamel(title));
    api.put("name", name);
    api.put("title", title);
    Doc.text(info, "version").filter(v -> !v.isEmpty()).ifPresent(v -> api.put("docsVersion", v));
    api.put("basePath", Doc.text(odgen, "basePath").orElseGet(this::basePathFromServers));
    api.put("package", Doc.text(odgen, "package").orElse("com.example." + name.toLowerCase(Locale.ROOT)));
    file.put("api", api);
    auth().ifPresent(a -> file.put("auth", a));
    if (odgen.has("wire")) {
      file.put("wire", plain(odgen.get("wire")));
    } else {
      Map<String, Object> wire = new LinkedHashMap<>();
      wire.put("booleans", "native");
      if (usesRfcDateTimes) {
        wire.put("dateTime", "yyyy-MM-dd'T'HH:mm:ss");
      }
      file.put("wire", wire);
    }
    if (odgen.has("paging")) {
      file.put("paging", plain(odgen.get("paging")));
    } else {
      paging.ifPresent(p -> {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("offsetParam", p[0]);
        names.put("limitParam", p[1]);
        file.put("paging", names);
      });
    }
    Doc.text(odgen, "serverTime").ifPresent(f -> file.put("serverTime", f));
    Map<String, Object> baseUrls = baseUrls();
    if (!baseUrls.isEmpty()) {
      file.put("baseUrls", baseUrls);
    }
    if (odgen.has("throttling") && !odgen.get("throttling").path("per").asText().isEmpty()) {
      file.put("throttling", plain(odgen.get("throttling")));
    }
    // behaviour settings odgen wrote; a foreign document gets the spec language's defaults
    for (String setting : List.of("blanks", "errors", "strictness", "integrity")) {
      if (odgen.has(setting)) {
        file.put(setting, plain(odgen.get(setting)));
      }
    }
    return file;
  }

  private String basePathFromServers() {
    for (JsonNode server : doc.node("/servers")) {
      String url = server.path("url").asText("");
      try {
        String path = url.startsWith("/") ? url : URI.create(url).getPath();
        if (path != null) {
          return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
      } catch (IllegalArgumentException e) {
        notes.add("server URL '" + url + "' is not a URL; the base path is taken from none");
      }
    }
    return "";
  }

  private Map<String, Object> baseUrls() {
    Map<String, Object> urls = new LinkedHashMap<>();
    JsonNode servers = doc.node("/servers");
    for (int i = 0; i < servers.size(); i++) {
      String url = servers.get(i).path("url").asText("");
      if (url.startsWith("http://") || url.startsWith("https://")) {
        String mode = Doc.text(servers.get(i), "description").filter(d -> d.matches("[A-Za-z][A-Za-z0-9]*"))
            .orElse("server" + (i + 1));
        urls.put(mode, url);
      }
    }
    return urls;
  }

  /** The header of the security scheme the document applies first, if the spec language can say it. */
  private Optional<Map<String, Object>> auth() {
    JsonNode security = doc.node("/security");
    if (!security.isArray() || security.isEmpty() || !security.get(0).fieldNames().hasNext()) {
      return Optional.empty();
    }
    String schemeName = security.get(0).fieldNames().next();
    String pointer = LocatedJson.child("/components/securitySchemes", schemeName);
    JsonNode scheme = doc.node(doc.resolve(pointer));
    Map<String, Object> auth = new LinkedHashMap<>();
    String type = Doc.text(scheme, "type").orElse("");
    JsonNode odgen = scheme.path(Extensions.AUTH);
    if (odgen.isObject() && odgen.has("type")) {
      return Optional.of(exportedAuth(scheme, odgen));
    }
    if (type.equals("apiKey") && scheme.path("in").asText().equals("header")) {
      auth.put("header", scheme.path("name").asText());
      if (odgen.isObject()) {
        Doc.text(odgen, "scheme").filter(s -> !s.isEmpty()).ifPresent(s -> auth.put("scheme", s));
        List<String> credentials = new ArrayList<>();
        odgen.path("credentials").forEach(c -> credentials.add(c.asText()));
        auth.put("credentials", credentials);
        Doc.text(odgen, "separator").ifPresent(s -> auth.put("separator", s));
      } else {
        auth.put("credentials", List.of("apiKey"));
      }
      return Optional.of(auth);
    }
    if (type.equals("http") && scheme.path("scheme").asText().equalsIgnoreCase("bearer")) {
      auth.put("header", "Authorization");
      auth.put("scheme", "Bearer");
      auth.put("credentials", List.of("token"));
      return Optional.of(auth);
    }
    notes.add("security scheme '" + schemeName + "' (" + type + (scheme.has("in") ? " in " + scheme.get("in").asText()
        : scheme.has("scheme") ? " " + scheme.get("scheme").asText() : "") + ") is not mapped: the spec's auth is a"
        + " header carrying a scheme word and credentials; the spec has no auth section");
    return Optional.empty();
  }

  /** The auth section as odgen exported it, in the spec's words: only the keys its type takes. */
  private static Map<String, Object> exportedAuth(JsonNode scheme, JsonNode odgen) {
    Map<String, Object> auth = new LinkedHashMap<>();
    String type = odgen.path("type").asText();
    auth.put("type", type);
    List<String> credentials = new ArrayList<>();
    odgen.path("credentials").forEach(c -> credentials.add(c.asText()));
    switch (type) {
      case "bearer" -> auth.put("credentials", credentials);
      case "apiKey" -> {
        auth.put("header", scheme.path("name").asText());
        auth.put("credentials", credentials);
      }
      default -> {
        auth.put("header", scheme.path("name").asText());
        Doc.text(odgen, "scheme").filter(s -> !s.isEmpty()).ifPresent(s -> auth.put("scheme", s));
        auth.put("credentials", credentials);
        Doc.text(odgen, "separator").ifPresent(s -> auth.put("separator", s));
      }
    }
    return auth;
  }

  /** Plain maps, lists and scalars of a JSON tree, for the YAML writer. */
  static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.isNull() ? null : node.asText();
  }
}
