package dev.odgen.codegen.openapi;

/**
 * The names of odgen's OpenAPI extensions. Each carries one fact of the spec that OpenAPI has no keyword for;
 * the values are written as the spec language writes them ({@code money}, {@code insertEditable},
 * {@code {via: ProvNum, take: Abbr}}), so an importer can copy them back unchanged.
 */
public final class Extensions {

  /** On {@code info}: the API's name, Java package, base path, wire formats, paging, server-time field, throttling. */
  public static final String API = "x-odgen-api";
  /** On a security scheme: the auth scheme word, the credential names and their separator. */
  public static final String AUTH = "x-odgen-auth";
  /**
   * On a tag: the resource it stands for (entity, path, table, id, docPage, versionAdded, its entity schema, the
   * order of its operations and actions).
   */
  public static final String RESOURCE = "x-odgen-resource";
  /** On a model schema: the resource that declares it. */
  public static final String OWNER = "x-odgen-owner";
  /** On an operation: which CRUD operation it is ({@code get}, {@code list}, ...). */
  public static final String OPERATION = "x-odgen-operation";
  /** On an operation: the name of the action it is. */
  public static final String ACTION = "x-odgen-action";
  /** On an action: what it answers ({@code {kind: model, target: Slot, list: true}}). */
  public static final String RESPONSE = "x-odgen-response";
  /** On an action: whether it takes the paging parameters. */
  public static final String PAGED = "x-odgen-paged";
  /** On an action that makes a row: it answers 201 (and a Location when it answers one row). */
  public static final String CREATES = "x-odgen-creates";
  /** On a schema or parameter: the spec type ({@code id}, {@code money}, {@code interval}, ...). */
  public static final String TYPE = "x-odgen-type";
  /** On a ref: the resource whose id it holds. */
  public static final String REF = "x-odgen-ref";
  /** On an enum value: the enum's name. */
  public static final String ENUM = "x-odgen-enum";
  /** On a model value: the model's name. */
  public static final String MODEL = "x-odgen-model";
  /** On a field: its table column. */
  public static final String COLUMN = "x-odgen-column";
  /** On a field: its default on create, as the spec writes it. */
  public static final String DEFAULT = "x-odgen-default";
  /** On a field: {@code insert} or {@code insertEditable}. */
  public static final String AUTO = "x-odgen-auto";
  /** On an enum field stored by name: {@code name}. */
  public static final String STORE_AS = "x-odgen-storeAs";
  /** On a field, property or body entry that travels in another form than its type's own. */
  public static final String WIRE_AS = "x-odgen-wireAs";
  /** On a byte field stored signed: {@code true}. */
  public static final String SIGNED = "x-odgen-signed";
  /** On a field the server fills from the caller's credentials: the credential's name. */
  public static final String FROM_CALLER = "x-odgen-fromCaller";
  /**
   * On a ref field, or a body entry of one, that travels as a field of the row it refers to:
   * {@code {take: ItemName, where: {Category: BillingTypes}}}, as the spec writes it (the schema says string).
   */
  public static final String BY_NAME = "x-odgen-byName";
  /**
   * On an entity schema: its internal fields (stored, never on the wire, so not among the properties), by name,
   * each with the schema and extensions a field has plus {@link #POSITION}.
   */
  public static final String INTERNAL = "x-odgen-internal";
  /** On an internal field: its place among all of the resource's fields, counted from 0. */
  public static final String POSITION = "x-odgen-position";
  /** On a derived field: its derivation, as the spec writes it. */
  public static final String DERIVED = "x-odgen-derived";
  /** On a body entry, parameter or model property: the resource field it mirrors. */
  public static final String FIELD = "x-odgen-field";
  /** On a list filter: how it matches ({@code startsWith}, {@code from}, ...). */
  public static final String MATCH = "x-odgen-match";
  /** On a list filter: the value the server applies when the parameter is left out. */
  public static final String FILTER_DEFAULT = "x-odgen-default";
  /** The API version that added an endpoint, field or parameter. */
  public static final String VERSION_ADDED = "x-odgen-versionAdded";
  /** The API version that deprecated an endpoint or field ({@code deprecated: true} says only that it is). */
  public static final String DEPRECATED = "x-odgen-deprecated";
  /** On an enum schema: member name to stored ordinal. */
  public static final String ORDINALS = "x-odgen-ordinals";
  /** At the top: what the API documents that the spec deliberately leaves out, with the reasons. */
  public static final String EXCLUSIONS = "x-odgen-exclusions";

  private Extensions() {}
}
