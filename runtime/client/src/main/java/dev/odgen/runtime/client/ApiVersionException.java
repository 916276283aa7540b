package dev.odgen.runtime.client;

/**
 * A call or a field is newer than the server the client was told it talks to ({@link ServerVersion}); thrown
 * before anything is sent. The message names the call or field and both versions.
 */
public final class ApiVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String needed;
  private final String server;

  public ApiVersionException(String message, String needed, String server) {
    super(message);
    this.needed = needed;
    this.server = server;
  }

  /** The version that added what was called or sent. */
  public String needed() {
    return needed;
  }

  /** The server's version. */
  public String server() {
    return server;
  }
}
