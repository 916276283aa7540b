package dev.odgen.runtime.server;

/**
 * Tells the health endpoint whether the server can work, e.g. {@code db::ping}. Throwing means
 * unhealthy: the endpoint answers 503 with the message.
 */
@FunctionalInterface
public interface HealthCheck {
  void check() throws Exception;
}
