package dev.odgen.codegen;

/**
 * The request cannot be carried out as given (an unknown resource name, a package that is not a Java
 * name). The message says what is wrong and how to fix it; front ends print it without a stack trace.
 */
public final class CodegenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CodegenException(String message) {
    super(message);
  }
}
