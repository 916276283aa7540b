package dev.odgen.codegen.naming;

import com.palantir.javapoet.ClassName;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.rules.JavaIdentifiers;
import java.util.ArrayList;
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

  /** Methods of a resource client for its CRUD operations: {@code get(id)}, {@code list(query[, offset])}, ... */
  public static final String CLIENT_GET = "get";
  public static final String CLIENT_LIST = "list";
  /** {@code Stream<T> listAll(query)}: every page, fetched lazily. */
  public static final String CLIENT_LIST_ALL = "listAll";
  /** {@code Iterator<T> iterateAll(query)}: every page, fetched lazily. */
  public static final String CLIENT_ITERATE_ALL = "iterateAll";
  public static final String CLIENT_CREATE = "create";
  /** {@code Created<T> createWithLocation(patch)}: the created item and the Location header. */
  public static final String CLIENT_CREATE_WITH_LOCATION = "createWithLocation";
  public static final String CLIENT_UPDATE = "update";
  public static final String CLIENT_DELETE = "delete";
  /** Private helpers of resource clients: the pager of a list and the offset of a page. */
  public static final String CLIENT_PAGER = "pager";
  public static final String CLIENT_WITH_OFFSET = "withOffset";
  /** What the all-pages form of a paged action adds to its name: {@code history -> historyAll}. */
  public static final String ALL_PAGES_SUFFIX = "All";
  /** {@code static Q of(required...)} on list queries and action requests: the required inputs, nothing else set. */
  public static final String OF = "of";
  /** {@code void addTo(QueryParams params)} on list queries and action requests: the query parameters. */
  public static final String ADD_TO = "addTo";
  /** Parameter and local variable names in client code; no input takes them. */
  public static final String PARAMS = "params";
  public static final String OFFSET = "offset";
  public static final String QUERY = "query";
  public static final String REQUEST = "request";
  public static final String PATCH = "patch";
  public static final String BODY = "body";
  /** The transport field of resource clients, and {@code HttpTransport transport()} on the client facade. */
  public static final String TRANSPORT = "transport";

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

  /** DAO methods: {@code Optional<Patient> findById(long id)}, {@code List<Patient> list(...)} and the writes. */
  public static final String FIND_BY_ID = "findById";
  public static final String LIST = "list";
  public static final String INSERT = "insert";
  public static final String UPDATE = "update";
  public static final String DELETE = "delete";
  /** {@code boolean exists(long id)} on DAOs: whether a row with that id exists (reference checks). */
  public static final String EXISTS = "exists";
  /** The parameters of an action method: {@code slots(SlotsInput input, ApiRequest request)}. */
  public static final String INPUT = "input";
  /** Members of list queries and action requests, and the locals of client methods; no input may take these. */
  private static final Set<String> INPUT_MEMBERS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(),
          Stream.of(OF, ADD_TO, WRITE_JSON, WRITER, PARAMS, OFFSET, QUERY, REQUEST, PATCH, BODY, TRANSPORT))
      .collect(Collectors.toUnmodifiableSet());

  /** Methods of resource clients besides actions; no action takes these names. */
  private static final Set<String> CLIENT_METHODS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(),
          Stream.of(CLIENT_GET, CLIENT_LIST, CLIENT_LIST_ALL, CLIENT_ITERATE_ALL, CLIENT_CREATE,
              CLIENT_CREATE_WITH_LOCATION, CLIENT_UPDATE, CLIENT_DELETE, CLIENT_PAGER, CLIENT_WITH_OFFSET))
      .collect(Collectors.toUnmodifiableSet());

  /** Methods of the client facade besides the resource accessors. */
  private static final Set<String> FACADE_METHODS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(), Stream.of(BUILDER, TRANSPORT))
      .collect(Collectors.toUnmodifiableSet());

  /** Members of the generated {@code <Api>Daos} besides the DAO accessors. */
  private static final Set<String> DAOS_METHODS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(), Stream.of(BUILDER, "db", "clock", "over"))
      .collect(Collectors.toUnmodifiableSet());

  /** Members and locals of the client facade's builder besides credential setters and base URL presets. */
  private static final Set<String> FACADE_BUILDER_METHODS = Stream.concat(
          IdentifierStyle.OBJECT_METHODS.stream(),
          Stream.of("baseUrl", "connectTimeout", "requestTimeout", "maxResponseBytes", "retry", "rateLimit", "timekeeper",
              "httpClient",
              "build", "required", "rateLimitInterval", "rateLimiter", "config", "transport", "throttle",
              "intervalMillis", "value", "setter"))
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

  /** {@code Patients -> dao.PatientFilter}: the values of the list filters a request gave. */
  public ClassName filter(Resource resource) {
    return ClassName.get(daoPackage(), entity(resource).simpleName() + "Filter");
  }

  /** {@code Patients -> dao.PatientHooks}: application code for custom filters and custom derived fields. */
  public ClassName hooks(Resource resource) {
    return ClassName.get(daoPackage(), entity(resource).simpleName() + "Hooks");
  }

  /** {@code Appointments -> server.AppointmentActions}: what the application implements for the actions. */
  public ClassName actions(Resource resource) {
    return ClassName.get(serverPackage(), entity(resource).simpleName() + "Actions");
  }

  /** {@code break -> server.AppointmentActions.BreakInput}: the parsed parameters of one action. */
  public ClassName actionInput(Resource resource, Action action) {
    return actions(resource).nestedClass(IdentifierStyle.upperCamel(action.name()) + "Input");
  }

  /** {@code Patients -> client.PatientsClient}. */
  public ClassName resourceClient(Resource resource) {
    return ClassName.get(clientPackage(), IdentifierStyle.upperCamel(resource.name()) + "Client");
  }

  /** {@code Patients -> client.PatientsQuery}: the filters of a list call. */
  public ClassName listQuery(Resource resource) {
    return ClassName.get(clientPackage(), IdentifierStyle.upperCamel(resource.name()) + "Query");
  }

  /** {@code Appointments, slots -> client.AppointmentsSlotsRequest}: the inputs of an action that has many. */
  public ClassName actionRequest(Resource resource, Action action) {
    return ClassName.get(clientPackage(),
        IdentifierStyle.upperCamel(resource.name()) + IdentifierStyle.upperCamel(action.name()) + "Request");
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

  /** {@code OpenDental -> dao.OpenDentalDaos}: every DAO over one database. */
  public ClassName daos() {
    return ClassName.get(daoPackage(), apiName + "Daos");
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

  /**
   * Constant names of the pre-encoded JSON field names of one record, keyed by wire name:
   * {@code PatNum -> PAT_NUM}, unique within the record.
   */
  public Identifiers jsonNameConstants(List<String> wireNames) {
    Allocator allocator = new Allocator(Set.of(), "_");
    Map<String, String> constants = new LinkedHashMap<>();
    for (String wireName : wireNames) {
      constants.put(wireName, allocator.allocate(constant(wireName)));
    }
    return new Identifiers(constants);
  }

  /** Record component names of a list operation's filters, keyed by query parameter name. */
  public Identifiers filterParams(List<Filter> filters) {
    return members(filters.stream().map(Filter::param).toList());
  }

  /**
   * Record component names of an action's input, in order: path parameters, query parameters, body fields,
   * then {@code page} when the action is paged. A name used twice (a path and a body parameter) gets a number.
   */
  public List<String> actionInputComponents(Action action) {
    List<String> specNames = new ArrayList<>();
    Stream.of(action.pathParams(), action.params(), action.body())
        .forEach(properties -> properties.forEach(p -> specNames.add(p.name())));
    List<String> javaNames = JavaIdentifiers.memberNames(specNames);
    Allocator allocator = new Allocator(RECORD_MEMBERS, "");
    List<String> identifiers = new ArrayList<>();
    javaNames.forEach(name -> identifiers.add(allocator.allocate(name)));
    if (action.paged()) {
      identifiers.add(allocator.allocate("page"));
    }
    return identifiers;
  }

  /** The method of an action, on the actions interface and in the handler: {@code break -> _break}. */
  public String actionMethod(Action action) {
    return identifier(action.name());
  }

  /** The hook method of a custom filter: {@code hideInactive -> filterHideInactive}. */
  public String filterHook(Filter filter) {
    return "filter" + IdentifierStyle.upperCamel(filter.param());
  }

  /** The hook method of a custom derived field: {@code siteDesc -> deriveSiteDesc}. */
  public String deriveHook(Field field) {
    return "derive" + IdentifierStyle.upperCamel(field.name());
  }

  /** The server builder method taking a resource's action implementation: {@code appointmentActions}. */
  public String actionsSetter(Resource resource) {
    return JavaIdentifiers.lowerCamel(actions(resource).simpleName());
  }

  /** The server builder method taking a resource's hooks: {@code patientHooks}. */
  public String hooksSetter(Resource resource) {
    return JavaIdentifiers.lowerCamel(hooks(resource).simpleName());
  }

  /** A field or accessor holding a resource's DAO: {@code patientDao}. */
  public String daoVariable(Resource resource) {
    return JavaIdentifiers.lowerCamel(dao(resource).simpleName());
  }

  /**
   * Method names of a resource client's actions, keyed by action name, and of the all-pages forms of paged
   * actions ({@code simple -> simpleAll}); never a CRUD method's name ({@code get}, {@code list}, ...).
   */
  public ActionMethodNames actionMethods(Resource resource) {
    Allocator allocator = new Allocator(CLIENT_METHODS, "");
    Map<String, String> calls = new LinkedHashMap<>();
    for (Action action : resource.actions()) {
      calls.put(action.name(), allocator.allocate(identifier(action.name())));
    }
    Map<String, String> allPages = new LinkedHashMap<>();
    for (Action action : resource.actions()) {
      if (action.paged() && action.response().list()) {
        allPages.put(action.name(), allocator.allocate(calls.get(action.name()) + ALL_PAGES_SUFFIX));
      }
    }
    return new ActionMethodNames(new Identifiers(calls), new Identifiers(allPages));
  }

  /** Record component (and fluent setter) names of a list query, keyed by filter parameter. */
  public Identifiers queryComponents(List<Filter> filters) {
    return inputs(filters.stream().map(Filter::param).toList(), new Allocator(INPUT_MEMBERS, ""));
  }

  /**
   * Java names of an action's inputs: path parameters, query parameters and body fields, in one scope (they
   * become the parameters of one method, or the components of one request record).
   */
  public ActionInputNames actionInputs(Action action) {
    List<String> all = new ArrayList<>();
    List.of(action.pathParams(), action.params(), action.body())
        .forEach(properties -> properties.forEach(p -> all.add(p.name())));
    List<String> javaNames = JavaIdentifiers.memberNames(all);
    Allocator allocator = new Allocator(INPUT_MEMBERS, "");
    int next = 0;
    List<Identifiers> scopes = new ArrayList<>();
    for (List<Property> properties : List.of(action.pathParams(), action.params(), action.body())) {
      Map<String, String> identifiers = new LinkedHashMap<>();
      for (Property property : properties) {
        identifiers.putIfAbsent(property.name(), allocator.allocate(javaNames.get(next++)));
      }
      scopes.add(new Identifiers(identifiers));
    }
    return new ActionInputNames(scopes.get(0), scopes.get(1), scopes.get(2));
  }

  /** Accessor names of the DAOs on {@link #daos()}, keyed by resource name: {@code patients()}. */
  public Identifiers daoAccessors(List<Resource> resources) {
    Allocator allocator = new Allocator(DAOS_METHODS, "");
    Map<String, String> accessors = new LinkedHashMap<>();
    for (Resource resource : resources) {
      accessors.put(resource.name(), allocator.allocate(identifier(resource.name())));
    }
    return new Identifiers(accessors);
  }

  /** Accessor names of the resource clients on the client facade, keyed by resource name: {@code patients()}. */
  public Identifiers resourceAccessors(List<Resource> resources) {
    Allocator allocator = new Allocator(FACADE_METHODS, "");
    Map<String, String> accessors = new LinkedHashMap<>();
    for (Resource resource : resources) {
      accessors.put(resource.name(), allocator.allocate(identifier(resource.name())));
    }
    return new Identifiers(accessors);
  }

  /**
   * Method names of the client facade's builder: a setter per credential ({@code developerKey}) and a
   * method per base URL preset ({@code remote()}, {@code local()}).
   */
  public FacadeBuilderNames facadeBuilder(List<String> credentials, List<String> baseUrlModes) {
    Allocator allocator = new Allocator(FACADE_BUILDER_METHODS, "");
    Map<String, String> setters = new LinkedHashMap<>();
    credentials.forEach(c -> setters.put(c, allocator.allocate(identifier(c))));
    Map<String, String> presets = new LinkedHashMap<>();
    baseUrlModes.forEach(m -> presets.put(m, allocator.allocate(identifier(m))));
    return new FacadeBuilderNames(new Identifiers(setters), new Identifiers(presets));
  }

  /** {@code OpenDental -> client.OpenDentalClient.Throttle}: the rate-limit presets of the facade. */
  public ClassName throttle() {
    return clientFacade().nestedClass("Throttle");
  }

  /** Constant names of the rate-limit presets, keyed by preset name: {@code readOnly -> READ_ONLY}. */
  public Identifiers throttleConstants(List<String> presets) {
    Allocator allocator = new Allocator(ENUM_MEMBERS, "_");
    Map<String, String> constants = new LinkedHashMap<>();
    presets.forEach(p -> constants.put(p, allocator.allocate(constant(p))));
    return new Identifiers(constants);
  }

  // ---- non-Java files

  /** Where a database's CREATE TABLE script goes, beside the schema class: {@code <pkg path>/schema/mariadb.sql}. */
  public String schemaScript(String database) {
    return schemaPackage().replace('.', '/') + "/" + database + ".sql";
  }

  /**
   * Where the OpenAPI document goes, in the base package's folder: {@code <pkg path>/openapi.json}; a generated
   * server finds it there on its classpath ({@link #openApiResource}).
   */
  public String openApiDocument(String extension) {
    return openApiResource().substring(1) + "." + extension;
  }

  /** The OpenAPI document's classpath name without its extension: {@code /com/example/clinic/openapi}. */
  public String openApiResource() {
    return "/" + basePackage.replace('.', '/') + "/openapi";
  }

  /** {@link JavaIdentifiers#memberNames} of {@code specNames}, made distinct by {@code allocator}. */
  private static Identifiers inputs(List<String> specNames, Allocator allocator) {
    List<String> javaNames = JavaIdentifiers.memberNames(specNames);
    Map<String, String> identifiers = new LinkedHashMap<>();
    for (int i = 0; i < specNames.size(); i++) {
      if (!identifiers.containsKey(specNames.get(i))) {
        identifiers.put(specNames.get(i), allocator.allocate(javaNames.get(i)));
      }
    }
    return new Identifiers(identifiers);
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
