package dev.odgen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.codegen.diff.Change;
import dev.odgen.codegen.diff.ClientImpact;
import dev.odgen.codegen.diff.DiffReport;
import java.io.UncheckedIOException;

/**
 * A diff report as JSON: {@code {"old", "new", "changes": [{"path", "line", "column", "subject", "description",
 * "client", "data"}], "summary": {...}}}, classes as the text report names them.
 */
final class DiffJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  static String of(DiffReport report, String oldLabel, String newLabel) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("old", oldLabel);
    root.put("new", newLabel);
    ArrayNode changes = root.putArray("changes");
    for (Change c : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("path", c.location().path());
      node.put("line", c.location().line());
      node.put("column", c.location().column());
      node.put("subject", c.subject());
      node.put("description", c.description());
      node.put("client", c.client().label());
      node.put("data", c.data().label());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("changes", report.changes().size());
    summary.put("breaking", report.count(ClientImpact.BREAKING));
    summary.put("compatible", report.count(ClientImpact.COMPATIBLE));
    summary.put("data", report.dataChanges());
    summary.put("destructive", report.destructive());
    summary.put("errors", report.errors());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
