package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * An enum as written: members in declaration order. {@code marks.start()} is where the enum's name
 * is written.
 */
public record EnumElement(
    String name, List<Member> members, Optional<String> defaultMember, String notes, Marks marks) {

  public EnumElement {
    members = List.copyOf(members);
  }

  /** A member name with its stored ordinal and where the name is written. */
  public record Member(String name, int ordinal, Location location) {}
}
