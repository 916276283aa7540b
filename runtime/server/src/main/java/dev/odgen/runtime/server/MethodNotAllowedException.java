package dev.odgen.runtime.server;

import java.util.Set;
import java.util.TreeSet;

/** 405: the path exists but does not answer this method; carries the methods it does answer. */
final class MethodNotAllowedException extends StatusException {
  private static final long serialVersionUID = 1L;

  private final String allow;

  MethodNotAllowedException(String method, String path, Set<String> allowed) {
    super(405, method + " is not allowed on " + path + "; allowed: " + String.join(", ", new TreeSet<>(allowed)));
    this.allow = String.join(", ", new TreeSet<>(allowed));
  }

  /** The value of the {@code Allow} header. */
  String allow() {
    return allow;
  }
}
