package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A row the suite made: its id, the wire values it was given (by field name, for rows made through the
 * database by body name otherwise) and the JSON the server answered for it.
 */
record Row(long id, ObjectNode sent, JsonNode stored) {

  /** The row's value of {@code fieldName} as the server shows it, or as it was sent when the server hides it. */
  JsonNode value(String fieldName) {
    JsonNode shown = stored == null ? null : stored.get(fieldName);
    return shown != null ? shown : sent.get(fieldName);
  }
}
