package dev.odgen.spec.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the spec's storage side against Open Dental's own schema (tables.json): table names,
 * primary keys, column names, column types, automatic entry dates and enum ordinals. Where the API
 * really differs from the table, {@code spec-table-exceptions.yaml} names the column and says why.
 */
class SpecTablesTest {

  private static final ReferenceFacts FACTS = ReferenceFacts.fromSystemProperty();
  private static ApiModel model;
  private static Map<String, String> exceptions;

  @BeforeAll
  static void load() throws Exception {
    model = SpecLoader.load(ReferenceFacts.specDirFromSystemProperty(), java.nio.file.Path.of(""));
    exceptions = readExceptions();
  }

  @Test
  void tablesColumnsTypesAndEnumsMatchOpenDentalSchema() {
    JsonNode tables = FACTS.tables();
    List<String> problems = new ArrayList<>();
    Set<String> usedExceptions = new TreeSet<>();
    int resourcesChecked = 0;
    int columnsChecked = 0;
    for (Resource resource : model.resources()) {
      JsonNode table = tables.path("resources").path(resource.name());
      if (resource.table().isEmpty() || !"mapped".equals(table.path("status").asText())) {
        if (resource.table().isPresent()) {
          System.out.println("tables check: " + resource.name() + " has no table class in the reference ("
              + table.path("status").asText("absent") + "); not checked");
        }
        continue;
      }
      resourcesChecked++;
      check(problems, resource.name() + ": table", table.get("table").asText(), resource.table().get());
      check(problems, resource.name() + ": primary key column", table.get("primaryKey").asText(),
          resource.id().flatMap(Field::column).orElse("(none)"));
      Map<String, JsonNode> columns = new LinkedHashMap<>();
      table.path("columns").forEach(c -> columns.put(c.get("name").asText(), c));
      for (Field field : resource.columns()) {
        String key = resource.name() + "." + field.column().get();
        JsonNode column = columns.get(field.column().get());
        List<String> found = new ArrayList<>();
        if (column == null) {
          found.add(key + ": no such column in table " + table.get("table").asText());
        } else {
          columnsChecked++;
          checkColumn(key, field, column, tables.path("enums"), found);
        }
        if (!found.isEmpty() && exceptions.containsKey(key)) {
          usedExceptions.add(key);
        } else {
          problems.addAll(found);
        }
      }
    }
    Set<String> unused = new TreeSet<>(exceptions.keySet());
    unused.removeAll(usedExceptions);
    unused.forEach(k -> problems.add(k + ": listed in spec-table-exceptions.yaml but matches the table (remove it)"));
    System.out.printf("tables check: %d resources, %d columns checked against tables.json, %d reasoned exceptions%n",
        resourcesChecked, columnsChecked, usedExceptions.size());
    assertEquals(List.of(), problems);
  }

  private void checkColumn(String key, Field field, JsonNode column, JsonNode enums, List<String> problems) {
    String mysql = column.get("mysqlType").asText();
    Set<String> accepted = acceptedMysqlTypes(field);
    if (!accepted.contains(mysql)) {
      problems.add(key + ": spec type " + describe(field) + " does not fit column type " + mysql
          + " (fits: " + String.join(", ", accepted) + ")");
    }
    Set<String> special = new TreeSet<>();
    column.path("specialType").forEach(s -> special.add(s.asText()));
    Auto expectedAuto = special.contains("DateEntry") || special.contains("DateTEntry") ? Auto.INSERT
        : special.contains("DateTEntryEditable") || special.contains("DateEntryEditable") ? Auto.INSERT_EDITABLE
        : Auto.NONE;
    if (field.auto() != expectedAuto) {
      problems.add(key + ": auto is " + field.auto() + " but the column's special type says " + expectedAuto);
    }
    if (column.hasNonNull("enum")) {
      checkEnum(key, field, column.get("enum").asText(), enums, problems);
    }
  }

  private void checkEnum(String key, Field field, String tableEnum, JsonNode enums, List<String> problems) {
    if (field.kind() != FieldType.ENUM) {
      return; // a type mismatch is reported by the column type check, or the column travels as a number
    }
    EnumType specEnum = model.enumType(field.type().enumName().orElseThrow()).orElseThrow();
    Map<String, Integer> ordinals = new HashMap<>();
    enums.path(tableEnum).forEach(m -> ordinals.put(m.get("name").asText(), m.get("value").asInt()));
    for (EnumMember member : specEnum.members()) {
      Integer stored = ordinals.get(member.name());
      if (stored != null && stored != member.ordinal()) {
        problems.add(key + ": enum " + specEnum.name() + " member " + member.name() + " has ordinal "
            + member.ordinal() + " but Open Dental stores " + stored + " (" + tableEnum + ")");
      }
    }
    if (specEnum.name().equals(tableEnum) && ordinals.size() != specEnum.members().size()) {
      problems.add(key + ": enum " + tableEnum + " has " + specEnum.members().size() + " members in the spec but "
          + ordinals.size() + " in Open Dental's source");
    }
  }

  private static Set<String> acceptedMysqlTypes(Field field) {
    return switch (field.kind()) {
      case ID, REF, LONG -> Set.of("bigint");
      case INT -> Set.of("int", "smallint");
      case BYTE -> field.signed() ? Set.of("tinyint") : Set.of("tinyint unsigned");
      case BOOL -> Set.of("tinyint");
      case ENUM -> field.storeAs() == EnumStorage.NAME ? Set.of("varchar(255)") : Set.of("tinyint", "int", "smallint");
      case STRING -> Set.of("varchar(" + field.type().maxLength() + ")", "char");
      case TEXT -> Set.of("text", "mediumtext", "longtext");
      case MONEY, DOUBLE -> Set.of("double");
      case FLOAT -> Set.of("float", "float unsigned");
      case DATE -> Set.of("date");
      case DATE_TIME -> Set.of("datetime");
      case TIME -> Set.of("time");
      case TIMESTAMP -> Set.of("timestamp");
      case COLOR, INTERVAL -> Set.of("int");
      case MODEL -> Set.of();
    };
  }

  private static String describe(Field field) {
    return field.kind().specName() + field.type().enumName().map(e -> " " + e).orElse("");
  }

  private static void check(List<String> problems, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add(what + " is '" + actual + "' but Open Dental has '" + expected + "'");
    }
  }

  private static Map<String, String> readExceptions() throws IOException {
    try (InputStream in = SpecTablesTest.class.getResourceAsStream("/spec-table-exceptions.yaml")) {
      if (in == null) {
        return Map.of();
      }
      Map<String, Object> root = new Yaml().load(in);
      Map<String, String> result = new LinkedHashMap<>();
      if (root != null && root.get("exceptions") instanceof Map<?, ?> map) {
        map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
      }
      return result;
    }
  }
}
