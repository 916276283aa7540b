package dev.odgen.samples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Resource;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Rewrites a documented request onto the demo practice: every id it carries (path segments of the section's
 * template, query values, body members, also inside lists such as {@code ProvNums=[2,3]}) whose name the spec ties
 * to a resource becomes the id of a demo row of that resource. Within one example the same documented id of one
 * resource always becomes the same demo row, and different documented ids become different rows (the first seen
 * the lowest id, the next the second lowest...). 0 stays 0 (Open Dental's "none"). A paging offset becomes 0. The
 * query is re-encoded.
 */
final class RequestMapper {
  private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]*");

  private final ApiModel model;
  private final IdNames names;
  private final DemoIds ids;
  private final Picks picks;

  RequestMapper(ApiModel model, DemoIds ids, Picks picks) {
    this.model = model;
    this.names = new IdNames(model);
    this.ids = ids;
    this.picks = picks;
  }

  MappedRequest map(DocExample example) {
    Mapping mapping = new Mapping(example);
    String path = example.path();
    String query = null;
    int mark = path.indexOf('?');
    if (mark >= 0) {
      query = path.substring(mark + 1);
      path = path.substring(0, mark);
    }
    StringBuilder out = new StringBuilder(mapPath(mapping, path));
    if (query != null && !query.isEmpty()) {
      out.append('?').append(mapQuery(mapping, query));
    }
    String body = null;
    if (example.body() != null) {
      JsonNode copy = example.body().deepCopy();
      body = mapBody(mapping, null, copy).toString();
    }
    return new MappedRequest(example.method(), out.toString(), body, mapping.replaced.toString());
  }

  private String mapPath(Mapping mapping, String path) {
    String[] segments = path.split("/", -1);
    String[] template = mapping.example.pathTemplate() == null ? null : mapping.example.pathTemplate().split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String name = null;
      if (template != null && template.length == segments.length && template[i].startsWith("{")) {
        name = template[i].substring(1, template[i].length() - 1);
      } else if (template == null && WHOLE.matcher(segments[i]).matches()) {
        name = model.resource(mapping.example.resource()).flatMap(Resource::idField).orElse(null);
      }
      if (name != null) {
        segments[i] = mapping.value(name, segments[i]);
      }
    }
    return String.join("/", segments);
  }

  private String mapQuery(Mapping mapping, String query) {
    StringJoiner out = new StringJoiner("&");
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name.equals(model.api().paging().offsetParam())) {
        // the documented pages start deep in a real office's rows; the demo practice's first page has the shape
        mapping.replaced.add(name + " " + value + "->0");
        value = "0";
      }
      out.add(encode(name) + "=" + encode(mapList(mapping, name, value)));
    }
    return out.toString();
  }

  /** A single id, or a list of them written {@code [2,3]} or {@code 2,3}. */
  private String mapList(Mapping mapping, String name, String value) {
    String inner = value;
    boolean bracketed = value.startsWith("[") && value.endsWith("]");
    if (bracketed) {
      inner = value.substring(1, value.length() - 1);
    }
    if (!inner.contains(",") && !bracketed) {
      return mapping.value(name, value);
    }
    StringJoiner items = new StringJoiner(",", bracketed ? "[" : "", bracketed ? "]" : "");
    for (String item : inner.split(",", -1)) {
      items.add(mapping.value(name, item.strip()));
    }
    return items.toString();
  }

  private JsonNode mapBody(Mapping mapping, String name, JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        object.set(key, mapBody(mapping, key, object.get(key)));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, mapBody(mapping, name, array.get(i)));
      }
      return array;
    }
    if (name == null) {
      return node;
    }
    if (node.isIntegralNumber()) {
      String mapped = mapping.value(name, node.asText());
      return WHOLE.matcher(mapped).matches() ? LongNode.valueOf(Long.parseLong(mapped)) : node;
    }
    if (node.isTextual() && WHOLE.matcher(node.asText()).matches()) {
      return TextNode.valueOf(mapping.value(name, node.asText()));
    }
    return node;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The ids of one example: documented id per resource → demo id. */
  private final class Mapping {
    final DocExample example;
    final Map<String, Map<String, String>> byResource = new HashMap<>();
    final StringJoiner replaced = new StringJoiner(", ");

    Mapping(DocExample example) {
      this.example = example;
    }

    String value(String name, String documented) {
      Optional<String> pick = picks.query(example.key(), name);
      if (pick.isPresent()) {
        OptionalLong picked = ids.single(pick.get());
        if (picked.isEmpty()) {
          throw new IllegalStateException("replay/picks.txt: no row for " + example.key() + " " + name);
        }
        replaced.add(name + " " + documented + "->" + picked.getAsLong() + " (picked)");
        return Long.toString(picked.getAsLong());
      }
      if (!WHOLE.matcher(documented).matches()) {
        return documented;
      }
      Optional<Resource> resource = names.resourceOf(example.resource(), name);
      if (resource.isEmpty()) {
        return documented;
      }
      Map<String, String> seen = byResource.computeIfAbsent(resource.get().name(), k -> new HashMap<>());
      String known = seen.get(documented);
      if (known != null) {
        return known;
      }
      OptionalLong demo = ids.ranked(resource.get(), seen.size());
      if (demo.isEmpty()) {
        replaced.add(name + " " + documented + " (no demo row)");
        return documented;
      }
      String mapped = Long.toString(demo.getAsLong());
      seen.put(documented, mapped);
      replaced.add(name + " " + documented + "->" + mapped);
      return mapped;
    }
  }
}
