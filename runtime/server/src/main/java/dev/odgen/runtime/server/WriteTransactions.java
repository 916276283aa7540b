package dev.odgen.runtime.server;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireWriter;
import java.util.Set;

/**
 * Runs a write request (POST, PUT, PATCH, DELETE) in one database transaction, with its JSON answer rendered
 * inside it: whatever fails before the answer is ready (the handler, the read-back of a row, writing the
 * JSON) rolls back everything the request wrote, and so does an answer with an error status. A request
 * answered with an error never leaves a write behind.
 */
final class WriteTransactions {
  /** The methods that may write. */
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** A handler's answer with its JSON body already rendered ({@code json} null when it has none). */
  record Rendered(ApiResponse response, byte[] json) {}

  private final Db db;

  WriteTransactions(Db db) {
    this.db = db;
  }

  /** Whether requests of {@code method} run in a transaction. */
  static boolean writes(String method) {
    return WRITES.contains(method);
  }

  /** Runs {@code handler} in a transaction; throws what it threw, after rolling back. */
  Rendered run(RouteHandler handler, ApiRequest request, WireFormats formats) throws Exception {
    try {
      return db.inTransaction(tx -> {
        Rendered rendered = render(call(handler, request), formats);
        if (rendered.response().status() >= 400) {
          throw new ErrorAnswer(rendered);   // rolls back; the answer still goes out
        }
        return rendered;
      });
    } catch (ErrorAnswer e) {
      return e.rendered;
    } catch (Checked e) {
      throw e.checked;
    }
  }

  static Rendered render(ApiResponse response, WireFormats formats) {
    return new Rendered(response, response.json() == null ? null : WireWriter.toBytes(formats, response.json()));
  }

  private static ApiResponse call(RouteHandler handler, ApiRequest request) {
    try {
      return handler.handle(request);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new Checked(e);
    }
  }

  /** Carries a checked exception of the handler out of the transaction's function. */
  private static final class Checked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Exception checked;

    Checked(Exception checked) {
      super(checked.getMessage(), checked, false, false);
      this.checked = checked;
    }
  }

  /** Carries an error answer out of the transaction, which rolls back on the way. */
  private static final class ErrorAnswer extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Rendered rendered;

    ErrorAnswer(Rendered rendered) {
      super(null, null, false, false);
      this.rendered = rendered;
    }
  }
}
