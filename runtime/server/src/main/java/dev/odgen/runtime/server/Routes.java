package dev.odgen.runtime.server;

/**
 * Where registrars put their endpoints. Paths are relative to the base path and use {@code
 * {Name}} placeholders, e.g. {@code /appointments/{AptNum}/Break}.
 *
 * <p>Registration order does not matter: paths with a fixed segment win over placeholders at the
 * same position ({@code /patients/Simple} before {@code /patients/{PatNum}}). Any method a path
 * does not declare answers 405.
 */
public interface Routes {
  Routes get(String path, RouteHandler handler);

  Routes post(String path, RouteHandler handler);

  Routes put(String path, RouteHandler handler);

  Routes delete(String path, RouteHandler handler);
}
