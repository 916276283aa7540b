/**
 * The REST side of the generated code: per resource a handler that registers exactly the endpoints the spec
 * declares on the runtime's server, the interface through which the application implements actions, and the
 * server facade that wires database, schema, DAOs, handlers and settings together. Runtime types are named
 * through their classes ({@code ClassName.get(ApiServer.class)}), so the compiler checks the contract.
 */
package dev.odgen.codegen.server;
