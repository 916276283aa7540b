package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/** A named enum with its members in declaration order. */
public record EnumType(
    String name, List<EnumMember> members, Optional<String> defaultMember, String notes, Location location) {

  public EnumType {
    members = List.copyOf(members);
  }

  public Optional<EnumMember> member(String memberName) {
    return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
  }
}
