package dev.odgen.runtime.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.runtime.jdbc.DatabaseUnavailableException;
import dev.odgen.runtime.wire.WireFormatException;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.EndpointNotFound;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a request threw into a status, an explanation and the fields at fault, and renders them as the
 * API's error bodies are written ({@link ErrorFormat}): the one place that decides what an error answer looks like.
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final String TEXT = "text/plain; charset=utf-8";
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
