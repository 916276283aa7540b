package dev.odgen.samples.app.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.runtime.server.BadRequestException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one checked SELECT on a read-only connection with a statement timeout and a row limit, and gives the rows
 * as Open Dental writes them: objects keyed by the result's column labels, date-times as yyyy-MM-ddTHH:mm:ss.
 */
public final class QueryRunner {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final ReadOnlyConnections connections;
  private final Duration timeout;

  public QueryRunner(ReadOnlyConnections connections, Duration timeout) {
    this.connections = connections;
    this.timeout = timeout;
  }

  /** The result: its column labels and rows, and whether more rows were left out by the limit. */
  public record Result(List<String> columns, List<ObjectNode> rows, boolean truncated) {}

  /** Rows {@code offset} to {@code offset + limit} of {@code sql}'s result. */
  public Result run(String sql, long offset, int limit) {
    String statement = SelectOnly.require(sql);
    try (Connection c = connections.open(); Statement s = c.createStatement()) {
      s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      long max = offset + limit + 1;
      s.setMaxRows(max > Integer.MAX_VALUE ? 0 : (int) max);
      try (ResultSet rs = s.executeQuery(statement)) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<ObjectNode> rows = new ArrayList<>();
        long index = 0;
        boolean truncated = false;
        while (rs.next()) {
          if (index++ < offset) {
            continue;
          }
          if (rows.size() == limit) {
            truncated = true;
            break;
          }
          rows.add(row(rs, columns));
        }
        return new Result(columns, rows, truncated);
      }
    } catch (SQLTimeoutException e) {
      throw new BadRequestException("SqlCommand: the query ran longer than " + timeout.toSeconds()
          + " seconds and was stopped", List.of("SqlCommand"));
    } catch (SQLException e) {
      throw QueryErrors.of(e, timeout);
    }
  }

  private static ObjectNode row(ResultSet rs, List<String> columns) throws SQLException {
    ObjectNode row = JsonNodeFactory.instance.objectNode();
    for (int i = 1; i <= columns.size(); i++) {
      Object value = rs.getObject(i);
      String name = columns.get(i - 1);
      if (value == null) {
        row.putNull(name);
      } else if (value instanceof Number n) {
        row.put(name, n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
      } else if (value instanceof Boolean b) {
        row.put(name, b);
      } else if (value instanceof Timestamp t) {
        row.put(name, t.toLocalDateTime().format(DATE_TIME));
      } else if (value instanceof LocalDateTime t) {
        row.put(name, t.format(DATE_TIME));
      } else if (value instanceof java.sql.Date d) {
        row.put(name, d.toLocalDate().atStartOfDay().format(DATE_TIME));
      } else if (value instanceof java.time.LocalDate d) {
        row.put(name, d.atStartOfDay().format(DATE_TIME));
      } else if (value instanceof byte[] bytes) {
        row.put(name, java.util.Base64.getEncoder().encodeToString(bytes));
      } else {
        row.put(name, value.toString());
      }
    }
    return row;
  }

  /** The rows as JSON nodes, as the generated handler writes them. */
  public static List<JsonNode> nodes(Result result) {
    return new ArrayList<>(result.rows());
  }
}
