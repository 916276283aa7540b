package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an {@code enums:} section: enum name to members (name to ordinal), default and notes. */
final class EnumReader {

  private static final List<String> ENUM_KEYS = List.of("members", "default", "notes");

  private EnumReader() {}

  /** The enums of the {@code enums:} key of {@code top}, in the order written. */
  static List<EnumElement> readSection(MapReader top) {
    Optional<MapReader> section = top.map("enums", "'enums'", null, top.trail());
    List<EnumElement> enums = new ArrayList<>();
    section.ifPresent(s -> s.entries().forEach(entry -> read(entry, s).ifPresent(enums::add)));
    return enums;
  }

  private static Optional<EnumElement> read(MapReader.Entry entry, MapReader section) {
    Trail trail = section.trail().in("in enum '" + entry.key() + "'", entry.keyLocation());
    Optional<MapReader> map = MapReader.open(entry.value(), "enum '" + entry.key() + "'", ENUM_KEYS,
        section.scope(), trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader reader = map.get();
    if (!reader.has("members")) {
      reader.missing("members");
    }
    List<EnumElement.Member> members = new ArrayList<>();
    reader.map("members", "the members of enum '" + entry.key() + "'", null, trail)
        .ifPresent(m -> m.entries().forEach(member -> readMember(member, m).ifPresent(members::add)));
    reportSharedOrdinals(members, reader);
    Marks marks = new Marks(entry.keyLocation(), reader.marks().values());
    return Optional.of(new EnumElement(entry.key(), members, reader.text("default"), reader.notes("notes"), marks));
  }

  /** Two members with one ordinal could not be told apart in the database. */
  private static void reportSharedOrdinals(List<EnumElement.Member> members, MapReader reader) {
    java.util.Map<Integer, EnumElement.Member> byOrdinal = new java.util.HashMap<>();
    for (EnumElement.Member member : members) {
      EnumElement.Member first = byOrdinal.putIfAbsent(member.ordinal(), member);
      if (first != null) {
        reader.scope().diagnostics().error(member.location(), reader.trail().in("first used by member '"
                + first.name() + "'", first.location()),
            "members '" + first.name() + "' and '" + member.name() + "' share ordinal " + member.ordinal(),
            "give each member its own ordinal");
      }
    }
  }

  private static Optional<EnumElement.Member> readMember(MapReader.Entry member, MapReader members) {
    Optional<Integer> ordinal = MapReader.asInteger(member.value());
    if (ordinal.isEmpty()) {
      members.scope().diagnostics().error(members.scope().location(member.value()), members.trail(),
          "expected a whole number (the stored ordinal) for member '" + member.key() + "', found "
              + Nodes.describe(member.value()),
          "write the member as '" + member.key() + ": 3', with the ordinal the database stores");
      return Optional.empty();
    }
    return Optional.of(new EnumElement.Member(member.key(), ordinal.get(), member.keyLocation()));
  }
}
