package dev.odgen.codegen.client;

import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.naming.JavaNames;
import java.util.Locale;

/**
 * The transport call of one request, e.g. {@code transport.get("/patients", params)} or
 * {@code transport.post("/patients", patch::writeCreateJson)}: the runtime's short forms where they fit,
 * {@code send(method, path, params, body)} otherwise, and {@code sendOnce} for actions that must not run twice.
 */
final class CallCode {

  private CallCode() {}

  /**
   * A call of an action: a PUT or DELETE action does something (break an appointment, append to a note)
   * that the transport would repeat for those methods, so it goes through {@code sendOnce}, which never
   * repeats a request that may have reached the server. GET is safe to repeat, POST is never repeated.
   */
  static CodeBlock ofAction(String method, CodeBlock path, CodeBlock params, CodeBlock body) {
    if (method.equals("GET") || method.equals("POST")) {
      return of(method, path, params, body);
    }
    return CodeBlock.of("$N.sendOnce($S,$W$L,$W$L,$W$L)", JavaNames.TRANSPORT, method, path,
        params == null ? CodeBlock.of("null") : params, body == null ? CodeBlock.of("null") : body);
  }

  /**
   * A call of a standard operation, retried as its method allows.
   *
   * @param params the query parameters expression, or null for none
   * @param body the {@code JsonBody} expression, or null for none
   */
  static CodeBlock of(String method, CodeBlock path, CodeBlock params, CodeBlock body) {
    String transport = JavaNames.TRANSPORT;
    String lower = method.toLowerCase(Locale.ROOT);
    boolean bodyless = method.equals("GET") || method.equals("DELETE");
    boolean withBody = method.equals("POST") || method.equals("PUT");
    if (bodyless && body == null) {
      return params == null
          ? CodeBlock.of("$N.$L($L)", transport, lower, path)
          : CodeBlock.of("$N.$L($L,$W$L)", transport, lower, path, params);
    }
    if (withBody && body != null) {
      return params == null
          ? CodeBlock.of("$N.$L($L,$W$L)", transport, lower, path, body)
          : CodeBlock.of("$N.$L($L,$W$L,$W$L)", transport, lower, path, params, body);
    }
    return CodeBlock.of("$N.send($S,$W$L,$W$L,$W$L)", transport, method, path,
        params == null ? CodeBlock.of("null") : params, body == null ? CodeBlock.of("null") : body);
  }
}
