package dev.odgen.codegen.diff;

import dev.odgen.spec.diag.Location;
import java.util.Objects;

/**
 * One difference between two specs.
 *
 * @param location where it is in the new spec (in the old one for removals)
 * @param subject what changed, e.g. {@code Patients.Birthdate}, {@code GET /patients}, {@code enum ApptStatus}
 * @param description what happened to it, e.g. {@code field added (date)}
 * @param client what it means for API clients
 * @param data what it means for stored rows
 */
public record Change(Location location, String subject, String description, ClientImpact client, DataImpact data)
    implements Comparable<Change> {

  public Change {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(data, "data");
  }

  /**
   * One line: {@code path:line:column: breaking: Patients.Note: field removed [stored data: column removed]}.
   * A change that clients do not see starts with {@code data only}.
   */
  public String render() {
    String impact = client == ClientImpact.NONE ? "data only" : client.label();
    String stored = data == DataImpact.NONE ? ""
        : " [stored data: " + data.label() + (data.isError() ? ", an error" : "") + "]";
    return location + ": " + impact + ": " + subject + ": " + description + stored;
  }

  @Override
  public int compareTo(Change other) {
    int byLocation = location.compareTo(other.location);
    return byLocation != 0 ? byLocation : (subject + description).compareTo(other.subject + other.description);
  }
}
