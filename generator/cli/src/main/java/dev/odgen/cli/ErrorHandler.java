package dev.odgen.cli;

import dev.odgen.codegen.CodegenException;
import dev.odgen.codegen.output.OutputException;
import dev.odgen.spec.diag.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into output and an exit code: spec errors are printed as diagnostics
 * (exit 1), a generate request naming unknown resources or a bad package as one line (exit 2),
 * unreadable files and unwritable output as one line (exit 3), and anything else as an internal
 * error (exit 3) whose stack trace only {@code --verbose} shows.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  private final BooleanSupplier verbose;

  ErrorHandler(BooleanSupplier verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (exception instanceof SpecException specException) {
      err.print(specException.render());
      err.flush();
      return ExitCodes.SPEC_ERRORS;
    }
    if (exception instanceof CodegenException || exception instanceof OutputException) {
      // a request odgen cannot carry out (unknown resource, bad package) or output it may not write
      err.println("error: " + exception.getMessage());
      err.flush();
      return exception instanceof CodegenException ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
    IOException io = exception instanceof UncheckedIOException unchecked ? unchecked.getCause()
        : exception instanceof IOException checked ? checked : null;
    if (io != null) {
      err.println("error: " + describe(io));
      if (verbose.getAsBoolean()) {
        io.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILURE;
    }
    err.println("internal error: " + exception + " (please report)");
    if (verbose.getAsBoolean()) {
      exception.printStackTrace(err);
    } else {
      err.println("run again with --verbose to see the stack trace");
    }
    err.flush();
    return ExitCodes.FAILURE;
  }

  private static String describe(IOException io) {
    if (io instanceof NoSuchFileException missing) {
      return "cannot read " + missing.getFile() + ": " + (missing.getReason() != null ? missing.getReason()
          : "no such file");
    }
    return "cannot read or write a file: " + io.getMessage();
  }
}
