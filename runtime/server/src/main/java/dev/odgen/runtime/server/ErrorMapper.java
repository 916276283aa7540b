package dev.odgen.runtime.server;

import dev.odgen.runtime.jdbc.DatabaseUnavailableException;
import dev.odgen.runtime.wire.WireFormatException;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns whatever a request threw into a status and a plain-text explanation for the caller. */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  /** A status and the text sent with it. */
  record Mapped(int status, String text) {}

  private ErrorMapper() {}

  static Mapped map(Throwable e, String method, String path) {
    if (e instanceof StatusException) {
      return new Mapped(((StatusException) e).status(), e.getMessage());
    }
    if (e instanceof WireFormatException) {
      return new Mapped(400, e.getMessage());
    }
    Throwable unavailable = databaseUnavailable(e);
    if (unavailable != null) {
      LOG.warn("{} {}: database unavailable: {}", method, path, unavailable.getMessage());
      return new Mapped(503, "database unavailable: " + unavailable.getMessage());
    }
    if (e instanceof EndpointNotFound) {
      return new Mapped(404, "no such path: " + path);
    }
    if (e instanceof HttpResponseException) {
      return new Mapped(((HttpResponseException) e).getStatus(), e.getMessage());
    }
    Optional<String> noDefault = NoDefaultRefusal.explain(e);
    if (noDefault.isPresent()) {
      LOG.warn("{} {}: {}", method, path, e.getMessage());
      return new Mapped(500, noDefault.get());
    }
    String ref = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
    LOG.error("{} {} failed (ref {})", method, path, ref, e);
    return new Mapped(500, "internal error (ref " + ref + "); the server log has the details");
  }

  /** The first cause that means the database cannot be reached, or {@code null}. */
  static Throwable databaseUnavailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DatabaseUnavailableException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return t;
      }
      if (t instanceof SQLException && isConnectionState(((SQLException) t).getSQLState())) {
        return t;
      }
    }
    return null;
  }

  /** SQLSTATE class 08 is "connection exception". */
  private static boolean isConnectionState(String sqlState) {
    return sqlState != null && sqlState.startsWith("08");
  }
}
