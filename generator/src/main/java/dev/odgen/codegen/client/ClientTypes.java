package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;

/** The runtime types generated clients use: the transport, its configuration, paging and errors. */
final class ClientTypes {

  private static final String CLIENT = "dev.odgen.runtime.client";
  private static final String WIRE = "dev.odgen.runtime.wire";

  static final ClassName HTTP_TRANSPORT = ClassName.get(CLIENT, "HttpTransport");
  static final ClassName CLIENT_CONFIG = ClassName.get(CLIENT, "ClientConfig");
  static final ClassName QUERY_PARAMS = ClassName.get(CLIENT, "QueryParams");
  static final ClassName PAGER = ClassName.get(CLIENT, "Pager");
  static final ClassName CREATED = ClassName.get(CLIENT, "Created");
  static final ClassName RETRY_POLICY = ClassName.get(CLIENT, "RetryPolicy");
  static final ClassName RATE_LIMITER = ClassName.get(CLIENT, "RateLimiter");
  static final ClassName TIMEKEEPER = ClassName.get(CLIENT, "Timekeeper");
  static final ClassName API_EXCEPTION = ClassName.get(CLIENT, "ApiException");
  static final ClassName NOT_FOUND = ClassName.get(CLIENT, "ApiNotFoundException");
  static final ClassName BAD_REQUEST = ClassName.get(CLIENT, "ApiBadRequestException");
  static final ClassName AUTH_SETTINGS = ClassName.get(WIRE, "AuthSettings");
  static final ClassName WIRE_SETTINGS = ClassName.get(WIRE, "WireSettings");
  static final ClassName COLORS = ClassName.get(WIRE, "Colors");
  static final ClassName INTERVALS = ClassName.get(WIRE, "Intervals");
  static final ClassName JSON_BODY = ClassName.get(WIRE, "JsonBody");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  private ClientTypes() {}
}
