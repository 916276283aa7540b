package dev.odgen.codegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.runtime.client.ClientConfig;
import dev.odgen.runtime.client.Created;
import dev.odgen.runtime.client.HttpTransport;
import dev.odgen.runtime.client.Pager;
import dev.odgen.runtime.client.QueryParams;
import dev.odgen.runtime.client.RateLimiter;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.runtime.client.ServerVersion;
import dev.odgen.runtime.client.ApiVersionException;
import dev.odgen.runtime.client.Timekeeper;
import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.Colors;
import dev.odgen.runtime.wire.Intervals;
import dev.odgen.runtime.wire.JsonBody;
import dev.odgen.runtime.wire.WireSettings;

/** The runtime types generated clients use: the transport, its configuration, paging and errors. */
final class ClientTypes {


  static final ClassName HTTP_TRANSPORT = ClassName.get(HttpTransport.class);
  static final ClassName CLIENT_CONFIG = ClassName.get(ClientConfig.class);
  static final ClassName QUERY_PARAMS = ClassName.get(QueryParams.class);
  static final ClassName PAGER = ClassName.get(Pager.class);
  static final ClassName CREATED = ClassName.get(Created.class);
  static final ClassName RETRY_POLICY = ClassName.get(RetryPolicy.class);
  static final ClassName RATE_LIMITER = ClassName.get(RateLimiter.class);
  static final ClassName TIMEKEEPER = ClassName.get(Timekeeper.class);
  static final ClassName API_EXCEPTION = ClassName.get(ApiException.class);
  static final ClassName NOT_FOUND = ClassName.get(ApiNotFoundException.class);
  static final ClassName BAD_REQUEST = ClassName.get(ApiBadRequestException.class);
  static final ClassName AUTH_SETTINGS = ClassName.get(AuthSettings.class);
  static final ClassName WIRE_SETTINGS = ClassName.get(WireSettings.class);
  static final ClassName COLORS = ClassName.get(Colors.class);
  static final ClassName INTERVALS = ClassName.get(Intervals.class);
  static final ClassName JSON_BODY = ClassName.get(JsonBody.class);
  static final ClassName JSON_NODE = ClassName.get(JsonNode.class);
  static final ClassName SERVER_VERSION = ClassName.get(ServerVersion.class);
  static final ClassName API_VERSION_EXCEPTION = ClassName.get(ApiVersionException.class);

  private ClientTypes() {}
}
