package dev.odgen.runtime.server;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the routes registrars declare and orders them for the router: fixed segments before
 * placeholders at the same position, and a 405 answer for every method a path does not declare.
 */
final class RouteTable implements Routes {
  /** The methods a path answers 405 for when it does not declare them. */
  static final List<HandlerType> METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  /** One route: a handler, or {@code null} with {@code allowed} set for a 405 answer. */
  record Route(HandlerType method, String path, RouteHandler handler, Set<String> allowed) {}

  private final List<Route> declared = new ArrayList<>();

  @Override
  public Routes get(String path, RouteHandler handler) {
    return add(HandlerType.GET, path, handler);
  }

  @Override
  public Routes post(String path, RouteHandler handler) {
    return add(HandlerType.POST, path, handler);
  }

  @Override
  public Routes put(String path, RouteHandler handler) {
    return add(HandlerType.PUT, path, handler);
  }

  @Override
  public Routes delete(String path, RouteHandler handler) {
    return add(HandlerType.DELETE, path, handler);
  }

  private Routes add(HandlerType method, String path, RouteHandler handler) {
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("route path must start with '/': " + path);
    }
    for (Route r : declared) {
      if (r.method().equals(method) && withoutNames(r.path()).equals(withoutNames(path))) {
        throw new IllegalArgumentException("route declared twice: " + method + " " + path);
      }
    }
    declared.add(new Route(method, path, handler, Set.of()));
    return this;
  }

  /** Declared routes plus 405 answers, in the order the router must try them. */
  List<Route> resolved() {
    Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
    for (Route r : declared) {
      methodsByPath.computeIfAbsent(r.path(), p -> new TreeSet<>()).add(r.method().name());
    }
    List<Route> all = new ArrayList<>(declared);
    methodsByPath.forEach(
        (path, allowed) -> {
          for (HandlerType m : METHODS) {
            if (!allowed.contains(m.name())) {
              all.add(new Route(m, path, null, Set.copyOf(allowed)));
            }
          }
        });
    all.sort(Comparator.comparing(r -> shape(r.path())));
    return all;
  }

  /** The path with placeholder names dropped: two paths that differ only there are the same route. */
  static String withoutNames(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  /** One character per segment: 'a' for a fixed segment, 'b' for a placeholder, so fixed sorts first. */
  static String shape(String path) {
    var s = new StringBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        s.append(segment.startsWith("{") ? 'b' : 'a');
      }
    }
    return s.toString();
  }
}
