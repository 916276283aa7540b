package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.server.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the name a body gives for a reference ({@code "BillingType": "Standard Account"}) into the id the column
 * stores, for fields a spec marks {@code byName}. The generated DAO passes its query (the target's id where the
 * name matches ignoring case, plus the spec's constant conditions) and the values of those conditions. A value that
 * names no row but is a whole number is taken as the id itself, so clients that send the id keep working.
 */
public final class NameLookup {

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");

  private NameLookup() {}

  /**
   * The id {@code value} names.
   *
   * @param db where to look
   * @param sql {@code SELECT id FROM target WHERE LOWER(take) = LOWER(?) AND cond = ? ...}
   * @param conditions the values of the conditions after the name, in order
   * @param field the body field, for messages
   * @param value the name as given; {@code null} stays {@code null} (no reference), blank is 0 (none)
   * @param what what was looked for, for messages: {@code Definitions row with ItemName}
   * @param where the conditions in words, for messages: {@code " (Category BillingTypes)"}, or ""
   * @return the id, 0 for a blank value, null for null
   * @throws BadRequestException when no row or more than one has that name
   */
  public static Long id(Db db, String sql, List<?> conditions, String field, String value, String what, String where) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      return 0L;
    }
    List<Object> params = new ArrayList<>();
    params.add(value.strip());
    params.addAll(conditions);
    List<Long> ids = db.query(sql, params, rs -> rs.getLong(1));
    if (ids.size() == 1) {
      return ids.get(0);
    }
    if (ids.size() > 1) {
      throw new BadRequestException(field + ": '" + value + "' is ambiguous: it names " + ids.size() + " rows (" + what + " '"
          + value + "'" + where + ", ids " + ids + "); rename one of them or send the id", List.of(field));
    }
    if (WHOLE.matcher(value.strip()).matches()) {
      return Long.parseLong(value.strip());
    }
    throw new BadRequestException(field + ": no " + what + " '" + value + "'" + where, List.of(field));
  }

  /** The id a value gives when the target's table is not generated, so no name can be looked up: a whole number. */
  public static Long wholeNumber(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      return 0L;
    }
    if (!WHOLE.matcher(value.strip()).matches()) {
      throw new BadRequestException(field + ": '" + value + "' is not an id, and names cannot be looked up here",
          List.of(field));
    }
    return Long.parseLong(value.strip());
  }
}
