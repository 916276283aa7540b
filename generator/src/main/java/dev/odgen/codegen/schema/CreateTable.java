package dev.odgen.codegen.schema;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CREATE TABLE statement of one resource, shaped like Open Dental's generator makes them:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS `appointment` (
 *   `AptNum` bigint NOT NULL auto_increment PRIMARY KEY,
 *   `PatNum` bigint NOT NULL DEFAULT 0,
 *   `AptStatus` tinyint NOT NULL DEFAULT 0,
 *   `Note` text NOT NULL,
 *   `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
 *   INDEX(`PatNum`)
 * ) DEFAULT CHARSET=utf8
 * </pre>
 */
final class CreateTable {

  private CreateTable() {}

  /** The statement, without a trailing semicolon, lines joined with {@code \n}. */
  static String of(Resource resource, ApiModel model) {
    String table = resource.table().orElseThrow(() -> new IllegalArgumentException(resource.name() + " has no table"));
    List<ColumnDefinition> columns = columns(resource, model);
    List<String> lines = new ArrayList<>();
    columns.forEach(column -> lines.add(column.render()));
    columns.stream().filter(ColumnDefinition::indexed).forEach(column -> lines.add("INDEX(" + Sql.quote(column.name()) + ")"));
    return "CREATE TABLE IF NOT EXISTS " + Sql.quote(table) + " (\n  "
        + String.join(",\n  ", lines)
        + "\n) DEFAULT CHARSET=utf8";
  }

  /** The id first (as Open Dental's tables have it), then the other columns in wire order. */
  private static List<ColumnDefinition> columns(Resource resource, ApiModel model) {
    List<ColumnDefinition> columns = new ArrayList<>();
    Optional<Field> id = resource.id();
    id.ifPresent(field -> columns.add(ColumnDefinition.primaryKey(field)));
    for (Field field : resource.columns()) {
      if (id.isEmpty() || field != id.get()) {
        Optional<ColumnDefinition.IntRange> enumRange = field.type().enumName()
            .flatMap(model::enumType)
            .map(e -> ColumnDefinition.IntRange.of(e.members()));
        columns.add(ColumnDefinition.of(field, enumRange));
      }
    }
    return columns;
  }
}
