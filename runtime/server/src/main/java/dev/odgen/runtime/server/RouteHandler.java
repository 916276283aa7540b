package dev.odgen.runtime.server;

/**
 * Handles one endpoint: reads the request, does the work, returns the response. Throwing is the
 * way to fail: {@link StatusException}s become their status, anything else 500 (or 503 for an
 * unreachable database).
 */
@FunctionalInterface
public interface RouteHandler {
  ApiResponse handle(ApiRequest request) throws Exception;
}
