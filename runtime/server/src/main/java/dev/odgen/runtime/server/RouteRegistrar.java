package dev.odgen.runtime.server;

/** Implemented by each generated resource handler: registers the resource's endpoints. */
@FunctionalInterface
public interface RouteRegistrar {
  void register(Routes routes);
}
