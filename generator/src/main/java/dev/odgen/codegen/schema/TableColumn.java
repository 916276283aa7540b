package dev.odgen.codegen.schema;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One column of a resource's table: the spec field's column name, its kind, the varchar length, and
 * whether it gets an index (references do, as Open Dental indexes its foreign keys).
 */
record TableColumn(String name, ColumnKind kind, int length, boolean indexed) {

  /** The id first (as Open Dental's tables have it), then the other columns in wire order. */
  static List<TableColumn> of(Resource resource, ApiModel model) {
    List<TableColumn> columns = new ArrayList<>();
    Optional<Field> id = resource.id();
    id.ifPresent(field -> columns.add(new TableColumn(columnOf(field), ColumnKind.ID, 0, false)));
    for (Field field : resource.columns()) {
      if (id.isEmpty() || field != id.get()) {
        columns.add(of(field, model));
      }
    }
    return columns;
  }

  private static TableColumn of(Field field, ApiModel model) {
    String name = columnOf(field);
    return switch (field.kind()) {
      case REF -> new TableColumn(name, ColumnKind.REF, 0, true);
      case ID, LONG -> plain(name, ColumnKind.LONG);
      case INT, INTERVAL -> plain(name, ColumnKind.INT);
      case COLOR -> plain(name, ColumnKind.COLOR);
      case BYTE -> plain(name, field.signed() ? ColumnKind.SIGNED_BYTE : ColumnKind.BYTE);
      case STRING -> new TableColumn(name, ColumnKind.STRING, field.type().maxLength(), false);
      case TEXT -> plain(name, ColumnKind.TEXT);
      case MONEY -> plain(name, ColumnKind.MONEY);
      case DOUBLE -> plain(name, ColumnKind.DOUBLE);
      case FLOAT -> plain(name, ColumnKind.FLOAT);
      case BOOL -> plain(name, ColumnKind.BOOL);
      case DATE -> plain(name, ColumnKind.DATE);
      case DATE_TIME -> plain(name, ColumnKind.DATE_TIME);
      case TIME -> plain(name, ColumnKind.TIME);
      case TIMESTAMP -> plain(name, ColumnKind.TIMESTAMP);
      case ENUM -> field.storeAs() == EnumStorage.NAME
          ? new TableColumn(name, ColumnKind.ENUM_NAME, 255, false)
          : plain(name, fitsTinyint(field, model) ? ColumnKind.ENUM_ORDINAL : ColumnKind.INT);
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

  private static TableColumn plain(String name, ColumnKind kind) {
    return new TableColumn(name, kind, 0, false);
  }

  private static String columnOf(Field field) {
    return field.column().orElseThrow(() -> new IllegalArgumentException("field '" + field.name() + "' has no column"));
  }
}
