package dev.odgen.codegen.diff;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two linked specs and lists every change, classified for API clients ({@link ClientImpact}) and for
 * stored data ({@link DataImpact}):
 *
 * <pre>{@code
 * DiffReport report = SpecDiff.compare(oldModel, newModel);
 * report.changes().forEach(c -> System.out.println(c.render()));
 * }</pre>
 *
 * <p>Resources, fields, operations, filters, body entries, actions, models and enums are matched by name; a
 * field whose wire name changed but whose column stayed is reported as a renamed wire name.
 */
public final class SpecDiff {
  private SpecDiff() {}

  public static DiffReport compare(ApiModel before, ApiModel after) {
    Changes changes = new Changes();
    resources(before, after, changes);
    models(before, after, changes);
    enums(before, after, changes);
    return new DiffReport(changes.list());
  }

  private static void resources(ApiModel before, ApiModel after, Changes changes) {
    FieldComparison fields = new FieldComparison(before, after, changes);
    EndpointComparison endpoints = new EndpointComparison(changes);
    for (Resource a : after.resources()) {
      Optional<Resource> b = before.resource(a.name());
      if (b.isEmpty()) {
        changes.add(a.location(), a.name(), "resource added" + a.table().map(t -> " (table " + t + ")").orElse(""),
            ClientImpact.COMPATIBLE, a.hasTable() ? DataImpact.TABLE_ADDED : DataImpact.NONE);
        continue;
      }
      Resource old = b.get();
      if (!old.path().equals(a.path())) {
        changes.breaking(a.location(), a.name(), "path changed from " + old.path() + " to " + a.path());
      }
      boolean tableKept = old.table().isPresent() && old.table().equals(a.table());
      if (!old.table().equals(a.table())) {
        old.table().ifPresent(t -> changes.add(old.location(), a.name(), "table " + t + " no longer used",
            ClientImpact.NONE, DataImpact.TABLE_REMOVED));
        a.table().ifPresent(t -> changes.add(a.location(), a.name(), "stored in table " + t,
            ClientImpact.NONE, DataImpact.TABLE_ADDED));
      }
      fields.compare(old, a, tableKept);
      endpoints.compare(old, a);
    }
    for (Resource b : before.resources()) {
      if (after.resource(b.name()).isEmpty()) {
        changes.add(b.location(), b.name(), "resource removed" + b.table().map(t -> " (table " + t + ")").orElse(""),
            ClientImpact.BREAKING, b.hasTable() ? DataImpact.TABLE_REMOVED : DataImpact.NONE);
      }
    }
  }

  private static void models(ApiModel before, ApiModel after, Changes changes) {
    Map<String, Model> old = new LinkedHashMap<>();
    before.resources().forEach(r -> r.models().forEach(m -> old.put(m.name(), m)));
    for (Resource r : after.resources()) {
      for (Model a : r.models()) {
        Model b = old.remove(a.name());
        if (b == null) {
          changes.compatible(a.location(), "model " + a.name(), "model added");
          continue;
        }
        modelFields(b, a, changes);
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), "model " + b.name(), "model removed"));
  }

  private static void modelFields(Model before, Model after, Changes changes) {
    Map<String, Property> old = new LinkedHashMap<>();
    before.fields().forEach(p -> old.put(p.name(), p));
    for (Property a : after.fields()) {
      Property b = old.remove(a.name());
      String subject = "model " + after.name() + "." + a.name();
      if (b == null) {
        changes.compatible(a.location(), subject, "field added (" + TypeText.of(a.type()) + ")");
      } else if (!TypeText.of(b.type()).equals(TypeText.of(a.type())) || b.wireAs() != a.wireAs()) {
        changes.breaking(a.location(), subject, "type changed from " + TypeText.of(b.type()) + " to "
            + TypeText.of(a.type()) + (b.wireAs() != a.wireAs() ? ", wire form " + a.wireAs().specName() : ""));
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), "model " + before.name() + "." + b.name(),
        "field removed (" + TypeText.of(b.type()) + ")"));
  }

  private static void enums(ApiModel before, ApiModel after, Changes changes) {
    for (EnumType a : after.enums()) {
      Optional<EnumType> b = before.enumType(a.name());
      if (b.isEmpty()) {
        changes.compatible(a.location(), "enum " + a.name(), "enum added");
      } else {
        members(b.get(), a, changes);
      }
    }
    for (EnumType b : before.enums()) {
      if (after.enumType(b.name()).isEmpty()) {
        changes.breaking(b.location(), "enum " + b.name(), "enum removed");
      }
    }
  }

  private static void members(EnumType before, EnumType after, Changes changes) {
    List<EnumMember> old = before.members();
    for (EnumMember a : after.members()) {
      String subject = "enum " + after.name() + "." + a.name();
      Optional<EnumMember> b = before.member(a.name());
      if (b.isEmpty()) {
        changes.compatible(located(a, after), subject, "member added (stored as " + a.ordinal() + ")");
      } else if (b.get().ordinal() != a.ordinal()) {
        changes.add(located(a, after), subject, "stored value changed from " + b.get().ordinal() + " to "
            + a.ordinal() + ": rows stored before now read as another member or fail", ClientImpact.NONE,
            DataImpact.STORED_VALUE_CHANGED);
      }
    }
    for (EnumMember b : old) {
      if (after.member(b.name()).isEmpty()) {
        changes.breaking(located(b, before), "enum " + before.name() + "." + b.name(),
            "member removed (stored as " + b.ordinal() + ")");
      }
    }
  }

  private static dev.odgen.spec.diag.Location located(EnumMember member, EnumType in) {
    return member.location().line() > 0 ? member.location() : in.location();
  }
}
