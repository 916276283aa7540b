package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.ApiInfo.ErrorStyle;
import dev.odgen.spec.rules.JavaIdentifiers;
import dev.odgen.spec.yaml.ApiElement.AuthElement;
import dev.odgen.spec.yaml.ApiElement.ConventionsElement;
import dev.odgen.spec.yaml.ApiElement.NamedNumber;
import dev.odgen.spec.yaml.ApiElement.NamedValue;
import dev.odgen.spec.yaml.ApiElement.PagingElement;
import dev.odgen.spec.yaml.ApiElement.ThrottlingElement;
import dev.odgen.spec.yaml.ApiElement.WireElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the API file: the {@code api:} map and the sections beside it. */
final class ApiReader {

  private static final List<String> TOP_KEYS = List.of("api", "auth", "wire", "paging", "serverTime", "baseUrls",
      "throttling", "blanks", "errors", "strictness", "integrity", "enums");
  private static final List<String> API_KEYS = List.of("name", "title", "docsVersion", "basePath", "package");
  private static final List<String> WIRE_KEYS =
      List.of("booleans", "date", "dateTime", "time", "noDate", "dateFormatParam", "dateTimeFormatParam");
  private static final List<String> PAGING_KEYS = List.of("offsetParam", "limitParam", "pageSize", "maxLimit");
  private static final List<String> THROTTLING_KEYS = List.of("per", "presets");
  private static final List<String> STRICTNESS_KEYS = List.of("requiredReferences", "requiredStrings", "extraBodyFields");
  private static final List<String> INTEGRITY_KEYS = List.of("foreignKeys", "deleteReferenced");
  private static final Map<String, Boolean> BOOLEAN_STYLES = Map.of("string", true, "native", false);
  private static final Map<String, Blanks> BLANKS = words("null", Blanks.NULL, "placeholder", Blanks.PLACEHOLDER);
  private static final Map<String, ErrorStyle> ERRORS = words("problem", ErrorStyle.PROBLEM, "text", ErrorStyle.TEXT);
  private static final Map<String, Boolean> REFERENCE_CHECKS = words("existing", true, "any", false);
  private static final Map<String, Boolean> STRING_CHECKS = words("nonBlank", true, "any", false);
  private static final Map<String, Boolean> EXTRA_FIELDS = words("reject", true, "ignore", false);
  private static final Map<String, Boolean> DELETES = words("refuse", true, "allow", false);
  /** The most items a page may hold: beyond it one call would read a table in one go. */
  static final int MAX_PAGE = 100_000;

  private ApiReader() {}

  static FileElement read(MappingNode root, ReadScope scope) {
    MapReader top = MapReader.open(root, "the API file", TOP_KEYS, scope, Trail.empty()).orElseThrow();
    Trail trail = Trail.empty().in("in the API file", top.keyLocation("api"));
    Optional<ApiElement> api = top.map("api", "'api'", API_KEYS, trail).map(a -> readApi(a, top, trail));
    return new FileElement(scope.path(), FileKind.API, top.keyLocation("api"), api, Optional.empty(), List.of(),
        EnumReader.readSection(top));
  }

  private static ApiElement readApi(MapReader api, MapReader top, Trail trail) {
    String name = api.requiredText("name").orElse("Api");
    if (!JavaIdentifiers.isValidTypeName(name)) {
      // it names the facades: <name>Server, <name>Client
      api.errorAt("name", "API name '" + name + "' cannot start a Java type name (" + name + "Server, " + name
          + "Client)", "use letters, digits and '_' only, starting with a letter, e.g. 'name: Shop'");
    }
    String basePath = api.requiredText("basePath").isPresent()
        ? api.checkedText("basePath", ValueChecks::basePath, "write the path the API is served under, such as"
            + " '/api/v1', or \"\" for none").orElse("")
        : "";
    String javaPackage = api.requiredText("package").isPresent()
        ? api.checkedText("package", ValueChecks::javaPackage, "write a Java package name such as"
            + " 'com.example.dental': lower-case words of letters and digits, separated by dots").orElse("generated")
        : "generated";
    if (top.node("auth").filter(Nodes::isNull).isPresent()) {
      // an empty section must not quietly open the API to every caller
      top.errorAt("auth", "'auth' is empty", "give it a 'type' (bearer, apiKey, credentials, or none for an API every"
          + " caller may use), or remove the 'auth:' line");
    }
    Optional<AuthElement> auth = top.map("auth", "'auth'", AuthReader.KEYS, trail).flatMap(AuthReader::read);
    Optional<WireElement> wire = top.map("wire", "'wire'", WIRE_KEYS, trail).map(w -> new WireElement(
        w.keyword("booleans", "boolean style", BOOLEAN_STYLES), pattern(w, "date"), pattern(w, "dateTime"),
        pattern(w, "time"), w.checkedText("noDate", ValueChecks::isoDate, "write the blank date as yyyy-MM-dd, such"
            + " as 0001-01-01"), w.text("dateFormatParam"), w.text("dateTimeFormatParam")));
    Optional<PagingElement> paging = top.map("paging", "'paging'", PAGING_KEYS, trail).map(ApiReader::readPaging);
    List<NamedValue> baseUrls = new ArrayList<>();
    top.map("baseUrls", "'baseUrls'", null, trail).ifPresent(urls -> urls.entries()
        .forEach(e -> urls.text(e.key()).ifPresent(url -> baseUrls.add(new NamedValue(e.key(), url)))));
    List<String> credentials = auth.map(AuthElement::credentials).orElse(List.of());
    Optional<ThrottlingElement> throttling =
        top.map("throttling", "'throttling'", THROTTLING_KEYS, trail).map(t -> readThrottling(t, trail, credentials));
    Marks marks = new Marks(top.keyLocation("api"), api.marks().values());
    return new ApiElement(name, api.text("title"), api.text("docsVersion"), basePath, javaPackage, auth, wire, paging,
        top.text("serverTime"), baseUrls, throttling, readConventions(top, trail), marks);
  }

  /** A wire pattern that reads back what it writes. */
  private static Optional<String> pattern(MapReader wire, String kind) {
    return wire.checkedText(kind, text -> ValueChecks.pattern(kind, text),
        "write a java.time pattern such as " + switch (kind) {
          case "date" -> "'yyyy-MM-dd'";
          case "time" -> "'HH:mm:ss'";
          default -> "'yyyy-MM-dd HH:mm:ss'";
        } + " (letters in quotes are literal text)");
  }

  /** Paging sizes: at least 1, and the page size no larger than the most a caller may ask for. */
  private static PagingElement readPaging(MapReader paging) {
    String fix = "a page holds 1 to " + MAX_PAGE + " items, and pageSize is at most maxLimit";
    Optional<Integer> maxLimit = paging.integer("maxLimit", 1, MAX_PAGE, fix);
    Optional<Integer> pageSize = paging.integer("pageSize", 1, maxLimit.orElse(MAX_PAGE), fix);
    return new PagingElement(paging.text("offsetParam"), paging.text("limitParam"), pageSize, maxLimit);
  }

  private static ThrottlingElement readThrottling(MapReader throttling, Trail trail, List<String> credentials) {
    throttling.text("per").filter(per -> !credentials.contains(per)).ifPresent(per -> throttling.errorAt("per",
        "throttling per '" + per + "' names no credential of the API",
        credentials.isEmpty() ? "list the credentials under 'auth: credentials', or remove 'per'"
            : Suggestions.useOneOf("credential", per, credentials)));
    List<NamedNumber> presets = new ArrayList<>();
    throttling.map("presets", "'presets'", null, trail).ifPresent(p -> p.entries()
        .forEach(e -> p.integer(e.key()).ifPresent(ms -> presets.add(new NamedNumber(e.key(), ms)))));
    return new ThrottlingElement(throttling.text("per"), presets);
  }

  /** {@code blanks}, {@code errors}, {@code strictness} and {@code integrity}, and the combinations that cannot work. */
  private static Optional<ConventionsElement> readConventions(MapReader top, Trail trail) {
    Optional<Blanks> blanks = blanks(top);
    Optional<ErrorStyle> errors = top.keyword("errors", "error style", ERRORS);
    Optional<MapReader> strictness = top.map("strictness", "'strictness'", STRICTNESS_KEYS, trail);
    Optional<MapReader> integrity = top.map("integrity", "'integrity'", INTEGRITY_KEYS, trail);
    Optional<Boolean> foreignKeys = integrity.flatMap(i -> i.optionalFlag("foreignKeys"));
    if (foreignKeys.orElse(false) && blanks.orElse(Blanks.NULL) == Blanks.PLACEHOLDER) {
      integrity.get().errorAt("foreignKeys", "FOREIGN KEY constraints need 'blanks: null': with placeholders a "
              + "reference to nothing holds 0, which names no row",
          "write 'blanks: null', or 'foreignKeys: false' (deletes of referenced rows can still be refused with "
              + "'deleteReferenced: refuse')");
    }
    return Optional.of(new ConventionsElement(
        blanks,
        errors,
        strictness.flatMap(s -> s.keyword("requiredReferences", "reference check", REFERENCE_CHECKS)),
        strictness.flatMap(s -> s.keyword("requiredStrings", "string check", STRING_CHECKS)),
        strictness.flatMap(s -> s.keyword("extraBodyFields", "extra body field rule", EXTRA_FIELDS)),
        foreignKeys,
        integrity.flatMap(i -> i.keyword("deleteReferenced", "delete rule", DELETES))));
  }

  // 'blanks: null' is a YAML null; it is the word null here, not a missing value
  private static Optional<Blanks> blanks(MapReader top) {
    Optional<Node> node = top.node("blanks");
    if (node.isPresent() && Nodes.isNull(node.get()) && Nodes.rawText(node.get()).equalsIgnoreCase("null")) {
      return Optional.of(Blanks.NULL);
    }
    return top.keyword("blanks", "blank style", BLANKS);
  }

  private static <T> Map<String, T> words(String first, T firstValue, String second, T secondValue) {
    Map<String, T> words = new LinkedHashMap<>();
    words.put(first, firstValue);
    words.put(second, secondValue);
    return words;
  }
}
