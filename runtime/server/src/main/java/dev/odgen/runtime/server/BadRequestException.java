package dev.odgen.runtime.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** 400: the request is wrong; the message says what and how to fix it. */
public class BadRequestException extends StatusException {
  private static final long serialVersionUID = 1L;

  /** The most stray body fields one answer names. */
  static final int MAX_NAMED = 20;

  public BadRequestException(String message) {
    super(400, message);
  }

  /** A refusal naming the fields at fault. */
  public BadRequestException(String message, List<String> fields) {
    super(400, message, fields);
  }

  /**
   * Refuses a body that lacks required fields: {@code LName is required}, {@code LName, FName are required}.
   *
   * @param missing the body names of the required fields the body left out; nothing happens when empty
   */
  public static void requireAll(List<String> missing) {
    if (!missing.isEmpty()) {
      throw new BadRequestException(
          String.join(", ", missing) + (missing.size() == 1 ? " is required" : " are required"), missing);
    }
  }

  /**
   * Refuses a body whose required strings are blank: {@code Title must not be blank}.
   *
   * @param blank the body names of the required strings the body gave as blank; nothing happens when empty
   */
  public static void requireNonBlank(List<String> blank) {
    if (!blank.isEmpty()) {
      throw new BadRequestException(String.join(", ", blank) + " must not be blank", blank);
    }
  }

  /**
   * Refuses a body that carries fields the call does not take, one line per field: a field of the resource the
   * call may not change ({@code AuthorId cannot be changed by PUT /books/{BookId}; it takes Title, Published}), or a
   * name that is no field at all.
   *
   * @param given the names in the body, in order
   * @param taken the body names the call takes
   * @param resourceFields the wire names of the resource's fields
   * @param call the call, for messages, e.g. {@code PUT /api/v1/books/{BookId}}
   */
  public static void rejectExtraFields(
      Collection<String> given, List<String> taken, List<String> resourceFields, String call) {
    List<String> extra = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String takes = taken.isEmpty() ? "it takes no body fields" : "it takes " + String.join(", ", taken);
    int more = 0;
    for (String name : given) {
      if (taken.contains(name)) {
        continue;
      }
      if (extra.size() == MAX_NAMED) {
        more++;   // a body of thousands of stray names gets an answer of bounded size
        continue;
      }
      extra.add(name);
      lines.add(resourceFields.contains(name)
          ? name + " cannot be set by " + call + "; " + takes
          : name + " is not a field of " + call + "; " + takes);
    }
    if (more > 0) {
      lines.add("and " + more + " more field" + (more == 1 ? "" : "s") + " the call does not take");
    }
    if (!extra.isEmpty()) {
      throw new BadRequestException(String.join("\n", lines), extra);
    }
  }
}
