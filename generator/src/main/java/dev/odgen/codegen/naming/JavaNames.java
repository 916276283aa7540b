package dev.odgen.codegen.naming;

import com.palantir.javapoet.ClassName;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.rules.JavaIdentifiers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every name of the generated code: packages ({@code <pkg>.entity}, {@code .dao}, {@code .schema},
 * {@code .server}, {@code .client}), classes ({@code Patient}, {@code PatientPatch}, {@code PatientDao},
 * {@code PatientHandler}, {@code PatientsClient}, {@code OpenDentalClient}), the methods generated types offer
 * each other, identifiers of fields and enum constants, and the paths of non-Java files.
 *
 * <p>Field identifiers follow the loader's {@link JavaIdentifiers}, so what the rules check is what is
 * generated: lowerCamel forms of wire names, and a lower-case twin of a column gets {@code Label}
 * ({@code Confirmed} → {@code confirmed}, {@code confirmed} → {@code confirmedLabel}).
 */
public final class JavaNames {

  /** {@code void writeJson(WireWriter out)} on entities and models: one JSON object. */
  public static final String WRITE_JSON = "writeJson";
  /** {@code void writeFields(WireWriter out)} on entities and models: the fields without the braces. */
  public static final String WRITE_FIELDS = "writeFields";
  /** {@code static T fromJson(WireReader in)} on entities and models. */
  public static final String FROM_JSON = "fromJson";
  /** {@code static T defaults()} on entities: a row before create, with spec defaults and blank values. */
  public static final String DEFAULTS = "defaults";
  /** {@code T applyTo(Entity row)} on patches: the row with the present fields replaced. */
  public static final String APPLY_TO = "applyTo";
  /** {@code static Builder builder()} on patches. */
  public static final String BUILDER = "builder";
  /** {@code static Patch fromCreateJson(WireReader in)} on patches: a POST body. */
  public static final String FROM_CREATE_JSON = "fromCreateJson";
  /** {@code static Patch fromUpdateJson(WireReader in)} on patches: a PUT body. */
  public static final String FROM_UPDATE_JSON = "fromUpdateJson";
  /** {@code void writeCreateJson(WireWriter out)} on patches: the POST body. */
  public static final String WRITE_CREATE_JSON = "writeCreateJson";
  /** {@code void writeUpdateJson(WireWriter out)} on patches: the PUT body. */
  public static final String WRITE_UPDATE_JSON = "writeUpdateJson";
  /** {@code List<String> missingForCreate()} on patches: body names required on create but absent. */
  public static final String MISSING_FOR_CREATE = "missingForCreate";
  /** {@code List<String> missingForUpdate()} on patches: body names required on update but absent. */
  public static final String MISSING_FOR_UPDATE = "missingForUpdate";
  /** {@code List<String> presentFields()} on patches: wire names of the fields the patch sets. */
  public static final String PRESENT_FIELDS = "presentFields";
  /** {@code String wireName()} and {@code int storedValue()} on enums (the runtime's {@code WireEnum}). */
  public static final String WIRE_NAME = "wireName";
  public static final String STORED_VALUE = "storedValue";
  /** {@code static Optional<E> fromWireName(String)} and {@code fromStoredValue(int)} on enums. */
  public static final String FROM_WIRE_NAME = "fromWireName";
  public static final String FROM_STORED_VALUE = "fromStoredValue";

  /** {@code boolean has(String wireName)} on patches: whether the patch sets that field. */
  public static final String HAS = "has";
  /** The parameter names of generated JSON methods: {@code writeJson(WireWriter out)}, {@code fromJson(WireReader in)}. */
  public static final String WRITER = "out";
  public static final String READER = "in";
  /** The parameter of {@code applyTo(Entity row)} and the presence set of patches. */
  public static final String ROW = "row";
  public static final String PRESENT = "present";

  /** Members and parameters of generated records; no field may take these names. */
  private static final Set<String> RECORD_MEMBERS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(),
          Stream.of(WRITE_JSON, WRITE_FIELDS, FROM_JSON, DEFAULTS, APPLY_TO, BUILDER, FROM_CREATE_JSON, FROM_UPDATE_JSON,
              WRITE_CREATE_JSON, WRITE_UPDATE_JSON, MISSING_FOR_CREATE, MISSING_FOR_UPDATE, PRESENT_FIELDS, HAS, WRITER, READER, ROW,
              PRESENT, "build"))
      .collect(Collectors.toUnmodifiableSet());

  /** Names an enum declares implicitly; no constant may take them. */
  private static final Set<String> ENUM_MEMBERS = Set.of("$VALUES");

  private final String basePackage;
  private final String apiName;

  public JavaNames(String basePackage, String apiName) {
    this.basePackage = basePackage;
    this.apiName = IdentifierStyle.upperCamel(apiName);
  }

  public String basePackage() {
    return basePackage;
  }

  // ---- packages

  public String entityPackage() {
    return basePackage + ".entity";
  }

  public String daoPackage() {
    return basePackage + ".dao";
  }

  public String schemaPackage() {
    return basePackage + ".schema";
  }

  public String serverPackage() {
    return basePackage + ".server";
  }

  public String clientPackage() {
    return basePackage + ".client";
  }

  // ---- classes

  /** {@code Patients -> entity.Patient}. */
  public ClassName entity(Resource resource) {
    return ClassName.get(entityPackage(), IdentifierStyle.upperCamel(resource.entityName()));
  }

  /** {@code Patients -> entity.PatientPatch}: the fields a create or update body sets. */
  public ClassName patch(Resource resource) {
    return ClassName.get(entityPackage(), entity(resource).simpleName() + "Patch");
  }

  /** {@code Patients -> dao.PatientDao}. */
  public ClassName dao(Resource resource) {
    return ClassName.get(daoPackage(), entity(resource).simpleName() + "Dao");
  }

  /** {@code Patients -> server.PatientHandler}. */
  public ClassName handler(Resource resource) {
    return ClassName.get(serverPackage(), entity(resource).simpleName() + "Handler");
  }

  /** {@code Patients -> client.PatientsClient}. */
  public ClassName resourceClient(Resource resource) {
    return ClassName.get(clientPackage(), IdentifierStyle.upperCamel(resource.name()) + "Client");
  }

  /** {@code ApptStatus -> entity.ApptStatus}. */
  public ClassName enumType(String enumName) {
    return ClassName.get(entityPackage(), IdentifierStyle.upperCamel(enumName));
  }

  /** A model of an action or composite resource: {@code Slot -> entity.Slot}. */
  public ClassName model(String modelName) {
    return ClassName.get(entityPackage(), IdentifierStyle.upperCamel(modelName));
  }

  /** {@code OpenDental -> schema.OpenDentalSchema}: the CREATE TABLE statements per dialect. */
  public ClassName schema() {
    return ClassName.get(schemaPackage(), apiName + "Schema");
  }

  /** {@code OpenDental -> client.OpenDentalClient}. */
  public ClassName clientFacade() {
    return ClassName.get(clientPackage(), apiName + "Client");
  }

  /** {@code OpenDental -> server.OpenDentalServer}. */
  public ClassName serverFacade() {
    return ClassName.get(serverPackage(), apiName + "Server");
  }

  // ---- identifiers

  /** Record component names of a resource's fields, keyed by wire name. */
  public Identifiers fields(Resource resource) {
    return members(resource.fields().stream().map(Field::name).toList());
  }

  /** Record component names of model properties or action parameters, keyed by name. */
  public Identifiers properties(List<Property> properties) {
    return members(properties.stream().map(Property::name).toList());
  }

  /** Constant names of an enum's members, keyed by member name: {@code Not Accepted -> NOT_ACCEPTED}. */
  public Identifiers enumConstants(EnumType enumType) {
    Allocator allocator = new Allocator(ENUM_MEMBERS, "_");
    Map<String, String> constants = new LinkedHashMap<>();
    for (EnumMember member : enumType.members()) {
      constants.put(member.name(), allocator.allocate(IdentifierStyle.upperSnake(member.name())));
    }
    return new Identifiers(constants);
  }

  /** A lowerCamel identifier for any spec name, e.g. an action's name as a method: {@code Break -> _break}. */
  public String identifier(String specName) {
    return JavaIdentifiers.fieldName(specName);
  }

  /** An UPPER_SNAKE constant name for any spec name: {@code procedurelog -> PROCEDURELOG}. */
  public String constant(String specName) {
    return IdentifierStyle.upperSnake(specName);
  }

  /**
   * Constant names of the table definitions in the schema class, keyed by resource name:
   * {@code ProcedureLogs (table procedurelog) -> PROCEDURELOG}; never {@code TABLES}.
   */
  public Identifiers tableConstants(List<Resource> resources) {
    Allocator allocator = new Allocator(Set.of("TABLES"), "_");
    Map<String, String> constants = new LinkedHashMap<>();
    for (Resource resource : resources) {
      constants.put(resource.name(), allocator.allocate(constant(resource.table().orElse(resource.name()))));
    }
    return new Identifiers(constants);
  }

  // ---- non-Java files

  /** Where a database's CREATE TABLE script goes, beside the schema class: {@code <pkg path>/schema/mariadb.sql}. */
  public String schemaScript(String database) {
    return schemaPackage().replace('.', '/') + "/" + database + ".sql";
  }

  /**
   * The loader's names for the members of one owner ({@link JavaIdentifiers#memberNames}, which its rules
   * check for clashes), except that a name a generated method or parameter already uses gets a number.
   */
  private static Identifiers members(List<String> wireNames) {
    List<String> javaNames = JavaIdentifiers.memberNames(wireNames);
    Allocator allocator = new Allocator(RECORD_MEMBERS, "");
    Map<String, String> identifiers = new LinkedHashMap<>();
    for (int i = 0; i < wireNames.size(); i++) {
      identifiers.putIfAbsent(wireNames.get(i), allocator.allocate(javaNames.get(i)));
    }
    return new Identifiers(identifiers);
  }
}
