package dev.odgen.samples.app.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A query result as comma-separated values (RFC 4180: a header line of the column labels, fields with commas,
 * quotes or line breaks in double quotes, quotes doubled); a result without rows is the single word OK, as Open
 * Dental writes it.
 */
final class Csv {
  private Csv() {
  }

  static byte[] of(List<String> columns, List<ObjectNode> rows) {
    if (rows.isEmpty()) {
      return "OK".getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder();
    line(out, columns);
    for (ObjectNode row : rows) {
      List<String> values = columns.stream().map(c -> {
        JsonNode v = row.get(c);
        return v == null || v.isNull() ? "" : v.asText();
      }).toList();
      line(out, values);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields.get(i);
      if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }
}
