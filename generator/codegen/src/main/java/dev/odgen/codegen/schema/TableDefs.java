package dev.odgen.codegen.schema;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.TableDef;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A resource's table in the runtime's own terms ({@link TableDef}, {@link Column}): the SQL scripts and the
 * generated schema class both come from it, through the runtime's {@code Dialect}, so what a DBA runs and what
 * the server creates cannot differ. References are indexed, as Open Dental indexes its foreign keys; columns are
 * nullable and references carry FOREIGN KEY constraints as the spec's blanks and integrity settings say.
 */
public final class TableDefs {

  private TableDefs() {}

  /** The table of {@code resource} when every resource of {@code model} is generated. */
  public static TableDef of(Resource resource, ApiModel model) {
    return of(resource, model, r -> true);
  }

  /**
   * The id first (as Open Dental's tables have it), then the other columns in wire order; FOREIGN KEY constraints
   * only to the tables of {@code generated} resources, which the same schema creates.
   */
  public static TableDef of(Resource resource, ApiModel model, Predicate<Resource> generated) {
    List<Column> columns = new ArrayList<>();
    Optional<Field> id = resource.id();
    id.ifPresent(field -> columns.add(Column.id(columnOf(field))));
    for (Field field : resource.columns()) {
      if (id.isEmpty() || field != id.get()) {
        columns.add(column(field, model, generated));
      }
    }
    return new TableDef(resource.table().orElseThrow(), columns);
  }

  /** The column of {@code field} of {@code resource} (its primary key when it is the id field). */
  public static Column columnOf(Resource resource, Field field, ApiModel model) {
    return resource.id().filter(id -> id.name().equals(field.name())).isPresent()
        ? Column.id(columnOf(field))
        : column(field, model, r -> true);
  }

  /** The column of {@code field}: NULL when the field is nullable, with a FOREIGN KEY when it has one. */
  private static Column column(Field field, ApiModel model, Predicate<Resource> generated) {
    Column column = typed(field, model);
    if (field.nullable()) {
      column = column.asNullable();
    }
    Optional<Resource> target = field.type().ref().flatMap(model::resource)
        .filter(r -> r.hasTable() && r.id().isPresent() && generated.test(r));
    if (field.foreignKey() && target.isPresent()) {
      column = column.referencing(target.get().table().orElseThrow(), columnOf(target.get().id().orElseThrow()));
    }
    return column;
  }

  private static Column typed(Field field, ApiModel model) {
    String name = columnOf(field);
    return switch (field.kind()) {
      case REF -> Column.ref(name);
      case ID, LONG -> Column.of(name, ColumnType.LONG);
      case INT, INTERVAL -> Column.of(name, ColumnType.INT);
      case COLOR -> Column.of(name, ColumnType.COLOR);
      case BYTE -> Column.of(name, field.signed() ? ColumnType.SIGNED_BYTE : ColumnType.BYTE);
      case STRING -> Column.string(name, field.type().maxLength());
      case TEXT -> Column.of(name, ColumnType.TEXT);
      case MONEY -> Column.of(name, ColumnType.MONEY);
      case DOUBLE -> Column.of(name, ColumnType.DOUBLE);
      case FLOAT -> Column.of(name, ColumnType.FLOAT);
      case BOOL -> Column.of(name, ColumnType.BOOL);
      case DATE -> Column.of(name, ColumnType.DATE);
      case DATE_TIME -> Column.of(name, ColumnType.DATE_TIME);
      case TIME -> Column.of(name, ColumnType.TIME);
      case TIMESTAMP -> Column.of(name, ColumnType.TIMESTAMP);
      case ENUM -> field.storeAs() == EnumStorage.NAME
          ? Column.of(name, ColumnType.ENUM_NAME)
          : Column.of(name, fitsTinyint(field, model) ? ColumnType.ENUM_ORDINAL : ColumnType.INT);
      case MODEL -> throw new IllegalArgumentException("field '" + field.name() + "' of type model cannot be a column");
    };
  }

  /** Open Dental stores enums in a tinyint; flag sets with values such as 256 need a wider column. */
  private static boolean fitsTinyint(Field field, ApiModel model) {
    return field.type().enumName().flatMap(model::enumType).stream()
        .flatMap(e -> e.members().stream())
        .mapToInt(EnumMember::ordinal)
        .allMatch(value -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE);
  }

  private static String columnOf(Field field) {
    return field.column().orElseThrow(() -> new IllegalArgumentException("field '" + field.name() + "' has no column"));
  }
}
