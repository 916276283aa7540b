package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.yaml.ApiElement.AuthElement;
import dev.odgen.spec.yaml.ApiElement.NamedNumber;
import dev.odgen.spec.yaml.ApiElement.NamedValue;
import dev.odgen.spec.yaml.ApiElement.PagingElement;
import dev.odgen.spec.yaml.ApiElement.ThrottlingElement;
import dev.odgen.spec.yaml.ApiElement.WireElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Reads the API file: the {@code api:} map and the sections beside it. */
final class ApiReader {

  private static final List<String> TOP_KEYS =
      List.of("api", "auth", "wire", "paging", "serverTime", "baseUrls", "throttling", "enums");
  private static final List<String> API_KEYS = List.of("name", "title", "docsVersion", "basePath", "package");
  private static final List<String> AUTH_KEYS = List.of("header", "scheme", "credentials", "separator");
  private static final List<String> WIRE_KEYS =
      List.of("booleans", "date", "dateTime", "time", "noDate", "dateFormatParam", "dateTimeFormatParam");
  private static final List<String> PAGING_KEYS = List.of("offsetParam", "limitParam", "pageSize", "maxLimit");
  private static final List<String> THROTTLING_KEYS = List.of("per", "presets");
  private static final Map<String, Boolean> BOOLEAN_STYLES = Map.of("string", true, "native", false);

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
    String basePath = api.requiredText("basePath").orElse("");
    String javaPackage = api.requiredText("package").orElse("generated");
    Optional<AuthElement> auth = top.map("auth", "'auth'", AUTH_KEYS, trail).map(a -> new AuthElement(
        a.text("header"), a.text("scheme"), a.texts("credentials"), a.text("separator")));
    Optional<WireElement> wire = top.map("wire", "'wire'", WIRE_KEYS, trail).map(w -> new WireElement(
        w.keyword("booleans", "boolean style", BOOLEAN_STYLES), w.text("date"), w.text("dateTime"), w.text("time"),
        w.text("noDate"), w.text("dateFormatParam"), w.text("dateTimeFormatParam")));
    Optional<PagingElement> paging = top.map("paging", "'paging'", PAGING_KEYS, trail).map(p -> new PagingElement(
        p.text("offsetParam"), p.text("limitParam"), p.integer("pageSize"), p.integer("maxLimit")));
    List<NamedValue> baseUrls = new ArrayList<>();
    top.map("baseUrls", "'baseUrls'", null, trail).ifPresent(urls -> urls.entries()
        .forEach(e -> urls.text(e.key()).ifPresent(url -> baseUrls.add(new NamedValue(e.key(), url)))));
    Optional<ThrottlingElement> throttling =
        top.map("throttling", "'throttling'", THROTTLING_KEYS, trail).map(t -> readThrottling(t, trail));
    Marks marks = new Marks(top.keyLocation("api"), api.marks().values());
    return new ApiElement(name, api.text("title"), api.text("docsVersion"), basePath, javaPackage, auth, wire, paging,
        top.text("serverTime"), baseUrls, throttling, marks);
  }

  private static ThrottlingElement readThrottling(MapReader throttling, Trail trail) {
    List<NamedNumber> presets = new ArrayList<>();
    throttling.map("presets", "'presets'", null, trail).ifPresent(p -> p.entries()
        .forEach(e -> p.integer(e.key()).ifPresent(ms -> presets.add(new NamedNumber(e.key(), ms)))));
    return new ThrottlingElement(throttling.text("per"), presets);
  }
}
