package dev.odgen.runtime.server;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the routes registrars declare, refusing one declared twice, and builds the {@link PathRouter}. */
final class RouteTable implements Routes {
  /** The methods the server routes; a path answers 405 for those of them it does not declare. */
  static final List<HandlerType> METHODS =
      List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

  /** One declared route. */
  record Route(HandlerType method, String path, RouteHandler handler) {}

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
    declared.add(new Route(method, path, handler));
    return this;
  }

  /** The router over the routes declared so far. */
  PathRouter router() {
    return new PathRouter(declared);
  }

  /** The path with placeholder names dropped: two paths that differ only there are the same route. */
  static String withoutNames(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }
}
