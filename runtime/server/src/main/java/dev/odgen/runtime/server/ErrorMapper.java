package dev.odgen.runtime.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.runtime.jdbc.DatabaseDownException;
import dev.odgen.runtime.jdbc.DatabaseUnavailableException;
import dev.odgen.runtime.wire.WireFormatException;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a request threw into a status, an explanation and the fields at fault, and renders them as the
 * API's error bodies are written ({@link ErrorFormat}): the one place that decides what an error answer looks like,
 * for the application's errors ({@link #map}) and for requests the HTTP layer refuses before any handler runs
 * ({@link #protocol}: malformed HTTP, a URI or headers too large, a body cut short).
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  /** The media type of plain-text bodies (errors in the text form, the health answer). */
  static final String TEXT = "text/plain; charset=utf-8";
  private static final String PROBLEM = "application/problem+json";

  /** MariaDB/MySQL: a row is still referred to (1451), or a reference names no row (1452). */
  private static final Set<Integer> FOREIGN_KEY_ERRORS = Set.of(1451, 1452);
  /** H2: the same two, by SQLSTATE. */
  private static final Set<String> FOREIGN_KEY_STATES = Set.of("23503", "23506");

  /** A status, the explanation sent with it and the names of the fields at fault. */
  record Mapped(int status, String text, List<String> fields) {
    Mapped(int status, String text) {
      this(status, text, List.of());
    }
  }

  /** An error answer as it goes out: its content type and body. */
  record Rendered(String contentType, String body) {}

  /** What a caller reads while the database is down: what to do, not the pool's or driver's internals. */
  static final String DATABASE_UNAVAILABLE = "database unavailable: the server cannot reach its database; try again shortly";

  private ErrorMapper() {}

  /**
   * {@code mapped} in {@code format}: the explanation as plain text, or a problem+json object whose {@code detail} is
   * the explanation and whose {@code fields} name the fields at fault.
   */
  static Rendered render(Mapped mapped, ErrorFormat format) {
    if (format == ErrorFormat.TEXT) {
      return new Rendered(TEXT, mapped.text());
    }
    ObjectNode problem = JsonNodeFactory.instance.objectNode()
        .put("type", "about:blank")
        .put("title", title(mapped.status()))
        .put("status", mapped.status())
        .put("detail", mapped.text());
    if (!mapped.fields().isEmpty()) {
      ArrayNode fields = problem.putArray("fields");
      mapped.fields().forEach(fields::add);
    }
    return new Rendered(PROBLEM, problem.toString());
  }

  /** The reason phrase of a status, e.g. {@code Bad Request}; {@code Error} for a status without one. */
  private static String title(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
  }

  static Mapped map(Throwable e, String method, String path) {
    if (e instanceof StatusException status) {
      return new Mapped(status.status(), e.getMessage(), status.fields());
    }
    if (e instanceof WireFormatException wire) {
      return new Mapped(400, e.getMessage(), isFieldName(wire.field()) ? List.of(wire.field()) : List.of());
    }
    Optional<String> foreignKey = foreignKeyRefusal(e);
    if (foreignKey.isPresent()) {
      LOG.warn("{} {}: {}", method, path, foreignKey.get());
      return new Mapped(409, "the database refused the change, which would leave a reference to a row that does "
          + "not exist: " + foreignKey.get());
    }
    Throwable unavailable = databaseUnavailable(e);
    if (unavailable != null) {
      if (unavailable instanceof DatabaseDownException) {
        LOG.debug("{} {}: {}", method, path, unavailable.getMessage());   // the outage itself was logged once
      } else {
        LOG.warn("{} {}: database unavailable: {}", method, path, unavailable.getMessage());
      }
      return new Mapped(503, DATABASE_UNAVAILABLE);
    }
    Mapped refused = httpLevel(e);
    if (refused != null) {
      LOG.debug("{} {}: {}", method, path, refused.text());
      return refused;
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

  /** Names a field, rather than the body or the query as a whole ("request body", "body"). */
  private static boolean isFieldName(String name) {
    return name != null && !name.isEmpty() && !name.equals("body") && !name.contains(" ");
  }

  /** The database's own words when a FOREIGN KEY constraint refused a statement, else empty. */
  static Optional<String> foreignKeyRefusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && (FOREIGN_KEY_ERRORS.contains(sql.getErrorCode())
              || (sql.getSQLState() != null && FOREIGN_KEY_STATES.contains(sql.getSQLState())))) {
        return Optional.of(String.valueOf(sql.getMessage()).lines().findFirst().orElse(""));
      }
    }
    return Optional.empty();
  }

  /**
   * The answer to a request the HTTP layer refused, in the API's words: Jetty's own reasons ("No Host",
   * "Illegal character CNTL=0x0") are translated where known and otherwise quoted after a plain sentence.
   *
   * @param status the status the HTTP layer chose (400, 413, 414, 431, 505, ...)
   * @param reason its reason, or {@code null}
   */
  static Mapped protocol(int status, String reason) {
    String why = reason == null ? "" : reason.strip();
    String text = switch (status) {
      case 413 -> "the request body is larger than this server accepts";
      case 414 -> "the request URI is longer than this server accepts; send long values in a body";
      case 431 -> "the request headers are larger than this server accepts";
      case 505 -> "the request's HTTP version is not supported; use HTTP/1.1";
      case 400 -> badHttp(why);
      default -> status >= 500 ? "the server could not answer the request" : "the request could not be read" + (
          why.isEmpty() ? "" : " (" + why + ")");
    };
    return new Mapped(status, text);
  }

  private static String badHttp(String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("early eof") || r.contains("eof")) {
      return BODY_CUT_SHORT;
    }
    if (r.contains("no host")) {
      return "the request has no Host header";
    }
    if (r.contains("content-length")) {
      return "the request's Content-Length is missing, malformed or given more than once";
    }
    if (r.contains("chunk") || r.contains("transfer-encoding")) {
      return "the request's chunked body is malformed";
    }
    if (r.contains("illegal character")) {
      return "the request line or a header holds a character HTTP does not allow";
    }
    if (r.contains("ambiguous") || r.contains("uri") || r.isEmpty() || r.equals("bad request")) {
      return "the request is not valid HTTP: check the path (a bad percent-escape such as %zz, or an encoded"
          + " control character or slash) and the headers";
    }
    return "the request is not valid HTTP (" + reason + ")";
  }

  /** What a caller reads when the connection ended before the body the headers announced. */
  static final String BODY_CUT_SHORT = "the request body ended early: the connection closed before the length that"
      + " Content-Length or the chunked encoding announced";

  /** A failure of the HTTP layer while a handler read the request (a body cut short, a bad chunk), or null. */
  private static Mapped httpLevel(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EofException) {
        return new Mapped(400, BODY_CUT_SHORT);
      }
      if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return protocol(http.getCode(), http.getReason());
      }
    }
    return null;
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
