package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.runtime.wire.Intervals;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.WireForm;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes rows straight into a resource's table, the way Open Dental itself stores them (enum ordinals or
 * names, booleans as tinyint, colours as ARGB ints), for resources the API cannot create.
 */
final class SqlSeeder {
  private final DataSource database;

  SqlSeeder(DataSource database) {
    this.database = database;
  }

  /** Inserts one row of {@code resource} with {@code values} (wire values by field name); returns its id. */
  long insert(Resource resource, ObjectNode values) {
    List<Field> columns = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
      columns.add(resource.field(it.next().getKey()).orElseThrow());
    }
    String sql = "INSERT INTO `" + resource.table().orElseThrow() + "` ("
        + columns.stream().map(c -> "`" + c.column().orElseThrow() + "`").collect(Collectors.joining(", "))
        + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    try (Connection connection = database.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < columns.size(); i++) {
        Field column = columns.get(i);
        insert.setObject(i + 1, stored(column, values.get(column.name())));
      }
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new IllegalStateException(sql + " returned no key");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot seed " + resource.name() + ": " + e.getMessage(), e);
    }
  }

  /** The column value for a wire value. */
  private static Object stored(Field column, JsonNode wire) {
    switch (column.kind()) {
      case ID:
      case REF:
      case LONG:
        return wire.asLong();
      case INT:
      case BYTE:
        return wire.asInt();
      case STRING:
      case TEXT:
        return wire.asText();
      case MONEY:
      case DOUBLE:
        return wire.asDouble();
      case FLOAT:
        return (float) wire.asDouble();
      case BOOL:
        return wire.asText().equals("true") ? 1 : 0;
      case DATE:
        return Date.valueOf(LocalDate.parse(wire.asText(), SampleValues.DATE));
      case DATE_TIME:
        return column.wireAs() == WireForm.DATE
            ? Timestamp.valueOf(LocalDate.parse(wire.asText(), SampleValues.DATE).atStartOfDay())
            : Timestamp.valueOf(LocalDateTime.parse(wire.asText(), SampleValues.DATE_TIME));
      case TIME:
        return Time.valueOf(LocalTime.parse(wire.asText(), SampleValues.TIME));
      case ENUM:
        EnumMember member = member(column, wire);
        return column.storeAs() == EnumStorage.NAME ? member.name() : member.ordinal();
      case INTERVAL:
        return Intervals.fromWire(column.name(), wire.asText());
      case COLOR:
        String[] rgb = wire.asText().split(",");
        return 0xFF000000 | Integer.parseInt(rgb[0]) << 16 | Integer.parseInt(rgb[1]) << 8 | Integer.parseInt(rgb[2]);
      default:
        throw new IllegalArgumentException("cannot store " + column.name() + " of type " + column.kind());
    }
  }

  private static EnumMember member(Field column, JsonNode wire) {
    EnumType type = TheSpec.enumType(column.type().enumName().orElseThrow());
    return type.members().stream()
        .filter(m -> column.wireAs() == WireForm.ORDINAL ? m.ordinal() == wire.asInt() : m.name().equals(wire.asText()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(column.name() + ": no member " + wire));
  }
}
