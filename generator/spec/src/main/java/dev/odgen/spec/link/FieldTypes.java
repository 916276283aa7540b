package dev.odgen.spec.link;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.yaml.FieldElement;
import dev.odgen.spec.yaml.ResourceElement;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the type of every field of every resource, once each. A column field has the type it
 * is written with; a derived field gets it from its derivation, which may need the type of a field
 * of another resource (its {@code via} target or the resource it collects from). Names in
 * derivations are resolved here and reported when they do not exist.
 */
final class FieldTypes {

  private static final TypeRef FALLBACK = TypeRef.of(FieldType.STRING);

  private final Lookup lookup;
  private final TypeResolver resolver;
  private final Map<FieldElement, TypeRef> done = new IdentityHashMap<>();
  private final Map<FieldElement, Boolean> inProgress = new IdentityHashMap<>();

  FieldTypes(Lookup lookup, TypeResolver resolver) {
    this.lookup = lookup;
    this.resolver = resolver;
  }

  /** The type of {@code field} of {@code owner}. */
  TypeRef of(ResourceElement owner, FieldElement field) {
    TypeRef known = done.get(field);
    if (known != null) {
      return known;
    }
    if (inProgress.put(field, Boolean.TRUE) != null) {
      lookup.diagnostics().error(field.marks().of("derived"), trail(owner, field),
          "derived field '" + field.name() + "' depends on itself", "derive it from a column field");
      return FALLBACK;
    }
    TypeRef type = field.derived().isPresent() ? derived(owner, field) : column(owner, field);
    inProgress.remove(field);
    done.put(field, type);
    return type;
  }

  private TypeRef column(ResourceElement owner, FieldElement field) {
    Optional<TypeRef> type = resolver.resolve(field.type(), field.marks(), trail(owner, field));
    // a field whose 'derived' could not be read has had its error; do not ask it for a type too
    if (type.isEmpty() && !field.marks().has("derived")) {
      lookup.diagnostics().error(field.marks().start(), trail(owner, field), "missing key 'type'",
          "add 'type: ...' (one of " + String.join(", ", FieldType.specNames())
              + "), or 'derived: ...' for a computed field");
    }
    return type.orElse(FALLBACK);
  }

  private TypeRef derived(ResourceElement owner, FieldElement field) {
    Derivation derivation = field.derived().orElseThrow().derivation();
    Trail trail = trail(owner, field);
    TypeRef type;
    if (derivation instanceof Derivation.ServerTime) {
      type = TypeRef.of(FieldType.DATE_TIME);
    } else if (derivation instanceof Derivation.Lookup lookupForm) {
      type = viaType(owner, field, lookupForm, trail);
    } else if (derivation instanceof Derivation.NameOf nameOf) {
      lookup.field(owner, nameOf.field(), field.derived().get().marks().of("nameOf"), trail);
      type = TypeRef.of(FieldType.STRING);
    } else if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      lookup.field(owner, nonEmpty.field(), field.derived().get().marks().of("nonEmpty"), trail);
      type = TypeRef.of(FieldType.BOOL);
    } else if (derivation instanceof Derivation.Collect collect) {
      type = collectType(field, collect, trail);
    } else {
      type = resolver.resolve(field.type(), field.marks(), trail).orElse(FALLBACK);
    }
    return field.type().list() && !type.list() ? type.asList() : type;
  }

  private TypeRef viaType(ResourceElement owner, FieldElement field, Derivation.Lookup via, Trail trail) {
    var marks = field.derived().orElseThrow().marks();
    Optional<FieldElement> viaField = lookup.field(owner, via.via(), marks.of("via"), trail);
    if (viaField.isEmpty()) {
      return FALLBACK;
    }
    TypeRef viaType = of(owner, viaField.get());
    if (viaType.kind() != FieldType.REF || viaType.ref().isEmpty()) {
      return FALLBACK; // the derivation rules report a 'via' that is not a ref
    }
    ResourceElement target = lookup.symbols().resources.get(viaType.ref().get());
    if (target == null) {
      return FALLBACK; // reported with the ref field
    }
    if (via.isTemplate()) {
      Paths.placeholders(via.take())
          .forEach(name -> lookup.field(target, name, marks.of("take"), trail));
      return TypeRef.of(FieldType.STRING);
    }
    return lookup.field(target, via.take(), marks.of("take"), trail)
        .map(taken -> valueType(of(target, taken)))
        .orElse(FALLBACK);
  }

  private TypeRef collectType(FieldElement field, Derivation.Collect collect, Trail trail) {
    var marks = field.derived().orElseThrow().marks();
    Optional<TypeRef> declared = resolver.resolve(field.type(), field.marks(), trail);
    Optional<ResourceElement> source = lookup.resource(collect.resource(), marks.of("collect"), trail);
    if (source.isEmpty()) {
      return declared.orElse(FALLBACK);
    }
    lookup.field(source.get(), collect.match(), marks.of("match"), trail);
    Optional<FieldElement> taken = lookup.field(source.get(), collect.take(), marks.of("take"), trail);
    if (declared.isPresent()) {
      return declared.get();
    }
    if (collect.join().isPresent()) {
      return TypeRef.of(FieldType.STRING);
    }
    return taken.map(t -> valueType(of(source.get(), t)).asList()).orElse(FALLBACK);
  }

  /** A value copied from another row is a plain number, not that row's primary key. */
  private static TypeRef valueType(TypeRef type) {
    return type.kind() == FieldType.ID ? new TypeRef(FieldType.LONG, Optional.empty(), Optional.empty(),
        Optional.empty(), type.maxLength(), type.list(), type.values()) : type;
  }

  private static Trail trail(ResourceElement owner, FieldElement field) {
    return Trails.field(Trails.resource(owner.name(), owner.marks().start()), field.name(), field.marks().start());
  }
}
