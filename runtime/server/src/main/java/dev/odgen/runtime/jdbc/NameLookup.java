package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.server.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the name a body gives for a reference ({@code "BillingType": "Standard Account"}) into the id the column
 * stores, for the fields a spec marks {@code byName}. A generated DAO holds one per such field, made from the spec:
 * the queries find the target's id by its name (ignoring case) or by the id itself, each with the spec's constant
 * conditions, whose values come last.
 *
 * <p>A value that names no row but is written as a whole number ({@code 12}, not {@code 012} or {@code +12}) is
 * taken as the id when a row with that id meets the conditions, so a caller that sends the id keeps working.
 *
 * @param byNameSql {@code SELECT id FROM target WHERE LOWER(take) = LOWER(?) AND cond = ? ... ORDER BY id}
 * @param byIdSql {@code SELECT id FROM target WHERE id = ? AND cond = ? ...}
 * @param conditions the values of the conditions, in order
 * @param field the field, for messages: {@code BillingType}
 * @param target the resource referred to, for messages: {@code Definitions}
 * @param take the field of the target that travels: {@code ItemName}
 * @param idName the target's id field: {@code DefNum}
 * @param where the conditions in words, for messages: {@code Category BillingTypes}, or ""
 */
public record NameLookup(String byNameSql, String byIdSql, List<?> conditions, String field, String target,
    String take, String idName, String where) {

  /** A whole number as a caller writes an id: no sign but minus, no leading zeros, at most 18 digits. */
  private static final Pattern ID = Pattern.compile("-?[1-9]\\d{0,17}");

  public NameLookup {
    conditions = List.copyOf(conditions);
  }

  /**
   * The id {@code value} names.
   *
   * @return the id; 0 for a blank value or {@code 0} (no reference); null for null
   * @throws BadRequestException when no row, or more than one, has that name, naming the field and the value
   */
  public Long id(Db db, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank() || value.equals("0")) {
      return 0L;
    }
    List<Long> ids = db.query(byNameSql, params(value), rs -> rs.getLong(1));
    if (ids.size() == 1) {
      return ids.get(0);
    }
    String conditionsText = where.isEmpty() ? "" : " (" + where + ")";
    if (ids.size() > 1) {
      throw new BadRequestException(field + ": '" + value + "' is ambiguous: " + ids.size() + " " + target
          + " rows have " + take + " '" + value + "'" + conditionsText + " (" + idName + " " + ids
          + "); rename all but one, or send the " + idName, List.of(field));
    }
    if (ID.matcher(value).matches()) {
      long id = Long.parseLong(value);
      if (!db.query(byIdSql, params(id), rs -> rs.getLong(1)).isEmpty()) {
        return id;
      }
      throw new BadRequestException(field + ": no " + target + " row with " + take + " '" + value + "' or " + idName
          + " " + value + conditionsText, List.of(field));
    }
    throw new BadRequestException(field + ": no " + target + " row with " + take + " '" + value + "'" + conditionsText,
        List.of(field));
  }

  /** The id a value gives when the target's table is not generated, so no name can be looked up: a whole number. */
  public static Long wholeNumber(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank() || value.equals("0")) {
      return 0L;
    }
    if (!ID.matcher(value).matches()) {
      throw new BadRequestException(field + ": '" + value + "' is not an id, and names cannot be looked up here",
          List.of(field));
    }
    return Long.parseLong(value);
  }

  private List<Object> params(Object first) {
    List<Object> params = new ArrayList<>();
    params.add(first);
    params.addAll(conditions);
    return params;
  }
}
