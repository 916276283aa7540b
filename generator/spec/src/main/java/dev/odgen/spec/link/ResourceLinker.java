package dev.odgen.spec.link;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import dev.odgen.spec.yaml.BodyFieldElement;
import dev.odgen.spec.yaml.ByNameElement;
import dev.odgen.spec.yaml.DerivationElement;
import dev.odgen.spec.yaml.FieldElement;
import dev.odgen.spec.yaml.FilterElement;
import dev.odgen.spec.yaml.OperationElement;
import dev.odgen.spec.yaml.ResourceElement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Links one resource: field types and defaults, operations with their standard paths, filters and
 * body lists, the fields' required/updatable/read-only flags, whether columns may hold NULL and carry a
 * FOREIGN KEY (from the API's blanks and integrity settings), actions and models.
 */
final class ResourceLinker {

  private final Lookup lookup;
  private final TypeResolver resolver;
  private final FieldTypes fieldTypes;
  private final PropertyLinker properties;
  private final ActionLinker actions;
  private final SourceMap sources;
  private final ApiInfo api;

  ResourceLinker(Lookup lookup, TypeResolver resolver, FieldTypes fieldTypes, SourceMap sources, ApiInfo api) {
    this.api = api;
    this.lookup = lookup;
    this.resolver = resolver;
    this.fieldTypes = fieldTypes;
    this.sources = sources;
    this.properties = new PropertyLinker(lookup, resolver, fieldTypes, sources);
    this.actions = new ActionLinker(lookup, properties, sources);
  }

  Resource link(ResourceElement element) {
    sources.put(element.marks());
    Trail trail = Trails.resource(element.name(), element.marks().start());
    List<Operation> operations = element.operations().stream()
        .sorted(Comparator.comparing(OperationElement::kind))
        .map(o -> operation(o, element, trail))
        .toList();
    AccessFlags flags = new AccessFlags(operations);
    List<Field> fields = element.fields().stream().map(f -> field(f, element, flags)).toList();
    List<Action> linkedActions = element.actions().stream().map(a -> actions.link(a, element, trail)).toList();
    List<Model> models = element.models().stream().map(m -> {
      sources.put(m.marks());
      Trail modelTrail = Trails.model(trail, m.name(), m.marks().start());
      return new Model(m.name(), m.fields().stream().map(f -> properties.linkModelField(f, modelTrail)).toList(),
          m.notes(), m.marks().start());
    }).toList();
    return new Resource(element.name(), element.entity(), element.path(), element.table(), element.id(), fields,
        operations, linkedActions, models, element.docPage().orElse(""), element.versionAdded(), element.notes(),
        element.marks().start());
  }

  private Field field(FieldElement element, ResourceElement owner, AccessFlags flags) {
    sources.put(element.marks());
    element.derived().map(DerivationElement::marks).ifPresent(sources::put);
    element.byName().ifPresent(b -> {
      sources.put(b.marks());
      sources.put(b.whereMarks());
    });
    boolean derived = element.derived().isPresent();
    TypeRef type = fieldTypes.of(owner, element);
    return new Field(
        element.name(),
        derived ? Optional.empty() : Optional.of(element.column().orElse(element.name())),
        type,
        element.defaultValue(),
        element.auto().orElse(Auto.NONE),
        element.storeAs().orElse(EnumStorage.ORDINAL),
        element.wireAs().orElse(WireForm.NAME),
        element.signed(),
        element.fromCaller(),
        element.derived().map(DerivationElement::derivation),
        element.byName().map(ByNameElement::byName),
        !derived && element.internal(),
        !derived && flags.requiredOnCreate(element.name()),
        !derived && flags.updatable(element.name()),
        flags.readOnly(element.name(), derived),
        !derived && nullable(type),
        !derived && type.kind() == FieldType.REF && !type.list()
            && element.foreignKey().orElse(api.integrity().foreignKeys()),
        element.versionAdded(),
        element.deprecated(),
        element.notes(),
        element.marks().start());
  }

  /** With null blanks every column but the id and the database's timestamp may hold NULL. */
  private boolean nullable(TypeRef type) {
    return api.blanks() == Blanks.NULL && type.kind() != FieldType.ID && type.kind() != FieldType.TIMESTAMP;
  }

  private Operation operation(OperationElement element, ResourceElement owner, Trail resourceTrail) {
    sources.put(element.marks());
    Trail trail = Trails.operation(resourceTrail, element.kind().specName(), element.marks().start());
    String path = element.path().orElseGet(() -> element.kind().onItem()
        ? Paths.itemPath(owner.path(), owner.id().orElse("id"))
        : owner.path());
    List<Filter> filters = element.filters().stream().map(f -> filter(f, owner, trail)).toList();
    List<BodyField> body = element.body().stream().map(b -> bodyField(b, owner, trail)).toList();
    int status = element.status().orElse(element.kind() == OperationKind.CREATE ? 201 : 200);
    return new Operation(element.kind(), path, status, filters, body, element.versionAdded(), element.deprecated(),
        element.notes(), element.marks().start());
  }

  private Filter filter(FilterElement element, ResourceElement owner, Trail operationTrail) {
    sources.put(element.marks());
    Trail trail = operationTrail.in("for filter '" + element.param() + "'", element.marks().start());
    Optional<String> fieldName = element.match() == MatchKind.CUSTOM
        ? element.field()
        : Optional.of(element.field().orElse(element.param()));
    Optional<TypeRef> fieldType = fieldName
        .flatMap(name -> lookup.field(owner, name, element.marks().of(element.field().isPresent() ? "field" : "param"),
            trail))
        // a ref that travels by name is filtered by that name too
        .map(f -> f.byName().isPresent() && element.match() == MatchKind.EQUALS ? TypeRef.of(FieldType.STRING)
            : fieldTypes.of(owner, f));
    Optional<TypeRef> declared = resolver.resolve(element.type(), element.marks(), trail);
    TypeRef type = declared
        .or(() -> fieldType.map(t -> paramType(t, element.match(), owner)))
        .orElse(TypeRef.of(FieldType.STRING));
    return new Filter(element.param(), fieldName, element.match(), type, element.required(), element.defaultValue(),
        element.versionAdded(), element.notes(), element.marks().start());
  }

  /**
   * The type of a filter's query parameter, from the field it filters: a date for {@code onDate}, a
   * date-time for {@code changedSince} and for timestamps, and a ref to this resource for its id.
   */
  private static TypeRef paramType(TypeRef fieldType, MatchKind match, ResourceElement owner) {
    if (match == MatchKind.ON_DATE) {
      return TypeRef.of(FieldType.DATE);
    }
    if (match == MatchKind.CHANGED_SINCE || fieldType.kind() == FieldType.TIMESTAMP) {
      return TypeRef.of(FieldType.DATE_TIME);
    }
    if (fieldType.kind() == FieldType.ID) {
      return new TypeRef(FieldType.REF, Optional.of(owner.name()), Optional.empty(), Optional.empty(),
          TypeRef.DEFAULT_MAX_LENGTH, false, List.of());
    }
    return fieldType;
  }

  private BodyField bodyField(BodyFieldElement element, ResourceElement owner, Trail operationTrail) {
    sources.put(element.marks());
    Trail trail = operationTrail.in("for body field '" + element.name() + "'", element.marks().start());
    String field = element.field().orElse(element.name());
    lookup.field(owner, field, element.marks().of(element.field().isPresent() ? "field" : "name"), trail);
    return new BodyField(element.name(), field, element.wireAs(), element.required(), element.versionAdded(),
        element.notes(), element.marks().start());
  }
}
