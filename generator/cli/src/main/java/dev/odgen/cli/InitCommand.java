package dev.odgen.cli;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code odgen init [DIR]}: writes a small starter spec (an API file and one resource) into a folder that holds no
 * spec yet, checked before anything is written, and says what to run next.
 */
@Command(name = "init", description = "Write a small starter spec (one resource, a filter, an enum) to edit into your own.")
final class InitCommand implements Callable<Integer> {

  /** The starter's files, in the jar under {@code dev/odgen/cli/starter/}. */
  private static final List<String> FILES = List.of("api.yaml", "tasks.yaml");

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "Folder to write the spec into, created when missing; it must hold no *.yaml file yet"
          + " (default: the working directory).")
  Path dir;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "Todo",
      description = "The API's name, which names the generated facades (TodoServer, TodoClient); default Todo.")
  String name;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "Java package of the generated code (default: com.example.<name in lower case>).")
  String javaPackage;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> existing = yamlFiles(dir);
    if (!existing.isEmpty()) {
      err.println("error: " + dir + " already holds " + existing.get(0).getFileName()
          + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more *.yaml" : "")
          + "; odgen reads every *.yaml of a spec folder, so init writes only into one without them");
      err.println("  fix: give another DIR, e.g. 'odgen init my-api'");
      err.flush();
      return ExitCodes.USAGE;
    }
    String pkg = javaPackage != null ? javaPackage : "com.example." + name.toLowerCase(Locale.ROOT);
    List<SpecSource> sources = new ArrayList<>();
    for (String file : FILES) {
      sources.add(new SpecSource(dir.resolve(file).toString(), template(file).replace("{{name}}", name).replace("{{title}}", name + " API")
          .replace("{{package}}", pkg)));
    }
    // a name or package that cannot work is reported as spec errors before anything is written
    SpecLoader.load(sources, dir.toString());
    Files.createDirectories(dir);
    for (SpecSource source : sources) {
      Files.writeString(Path.of(source.path()), source.text(), StandardCharsets.UTF_8);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote a starter spec to " + dir + ": " + String.join(", ", FILES));
    out.println("next:");
    out.println("  odgen validate " + dir);
    out.println("  odgen generate " + dir + " -o generated");
    out.flush();
    return ExitCodes.OK;
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        throw new IOException(dir + " is a file, not a folder");
      }
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static String template(String file) {
    try (InputStream in = InitCommand.class.getResourceAsStream("starter/" + file)) {
      if (in == null) {
        throw new IllegalStateException("odgen.jar lacks its starter spec file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
