package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Setting up only the subcommands a command line needs must not change what it prints. */
class SubcommandChoiceTest {

  private static final Set<String> ALL = OdgenCommand.commandLine().getSubcommands().keySet();

  @Test
  void aNamedCommandIsSetUpAlone() {
    assertEquals(Set.of("validate"), subcommands("validate", "spec"));
    assertEquals(Set.of("generate"), subcommands("--verbose", "generate", "-o", "out"));
    assertEquals(Set.of(), subcommands("--version"));
    assertEquals(Set.of(), subcommands("-V"));
  }

  @Test
  void helpUsageErrorsAndUnknownCommandsGetEveryCommand() {
    assertEquals(9, ALL.size(), ALL.toString());
    assertEquals(ALL, subcommands());
    assertEquals(ALL, subcommands("help", "generate"));
    assertEquals(ALL, subcommands("--help"));
    assertEquals(ALL, subcommands("generat"));
    assertEquals(ALL, subcommands("--bogus", "validate"));
    assertEquals(ALL, subcommands("--version", "validate"));
  }

  @Test
  void whatTheChosenCommandsPrintIsWhatEveryCommandPrints() {
    for (List<String> args : List.of(List.of("--version"), List.of("generate", "--help"), List.of("validate", "--bogus"),
        List.of("schema", "-h"), List.of("--verbose", "diff", "--help"))) {
      String[] line = args.toArray(String[]::new);
      assertEquals(output(OdgenCommand.commandLine(), line), output(OdgenCommand.commandLine(line), line), args.toString());
    }
  }

  private static Set<String> subcommands(String... args) {
    return OdgenCommand.commandLine(args).getSubcommands().keySet();
  }

  private static String output(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(out));
    int exit = commandLine.execute(args);
    return exit + "\n" + out;
  }
}
