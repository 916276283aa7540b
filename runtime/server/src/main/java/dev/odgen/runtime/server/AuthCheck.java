package dev.odgen.runtime.server;

import dev.odgen.runtime.wire.AuthSettings;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;
import java.util.List;

/**
 * Checks the auth header of every request under the base path; 401 with the reason otherwise, 400 when the
 * header is given more than once.
 */
final class AuthCheck implements Handler {
  private final AuthSettings auth;
  private final KeyStore keys;
  private final String exemptPath;

  /** {@code exemptPath} (the health endpoint) needs no auth even when the base path is "". */
  AuthCheck(AuthSettings auth, KeyStore keys, String exemptPath) {
    this.auth = auth;
    this.keys = keys;
    this.exemptPath = exemptPath;
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.path().equals(exemptPath)) {
      return;
    }
    int given = Collections.list(ctx.req().getHeaders(auth.header())).size();
    if (given > 1) {
      // which one the caller meant is anyone's guess; taking the first would let a proxy's header decide
      throw new BadRequestException(auth.header() + " is given " + given + " times; give it once");
    }
    List<String> credentials;
    try {
      credentials = auth.parse(ctx.header(auth.header()));
    } catch (IllegalArgumentException e) {
      throw new StatusException(401, e.getMessage());
    }
    if (!keys.accepts(credentials)) {
      throw new StatusException(
          401, auth.header() + " was not accepted: the " + String.join(" and ", auth.credentialNames())
              + (auth.credentialNames().size() == 1 ? " is" : " are") + " unknown or disabled");
    }
    ctx.attribute(ApiRequest.CREDENTIALS, credentials);
  }
}
