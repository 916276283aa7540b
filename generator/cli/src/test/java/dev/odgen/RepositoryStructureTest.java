package dev.odgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the repository as a whole: every package of every module says what it is for, the BOM offers what
 * the build has, and the emitters name runtime types through the classes, never as text.
 */
class RepositoryStructureTest {

  /** The repository root: this module is {@code generator/cli}. */
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
    List<Path> sourceRoots = sourceRoots();
    assertTrue(sourceRoots.size() >= 8, "expected every module's src/main/java, found " + sourceRoots);
    List<String> missing = sourceRoots.stream()
        .flatMap(RepositoryStructureTest::packageFolders)
        .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
        .map(folder -> ROOT.relativize(folder).toString())
        .toList();
    assertEquals(List.of(), missing, "packages without package-info.java");
  }

  @Test
  void theBomListsEveryPublishedLibrary() throws IOException {
    Set<String> managed = odgenArtifacts(Files.readString(ROOT.resolve("pom.xml")));
    Set<String> inBom = odgenArtifacts(Files.readString(ROOT.resolve("bom/pom.xml")));
    assertEquals(managed, inBom, "bom/pom.xml and the parent's dependencyManagement differ");
    assertTrue(inBom.containsAll(Set.of("odgen-runtime-core", "odgen-runtime-client", "odgen-runtime-server",
        "odgen-spec", "odgen-codegen")), inBom.toString());
  }

  @Test
  void emittersNameRuntimeTypesThroughTheirClasses() throws IOException {
    Path codegen = ROOT.resolve("generator/codegen/src/main/java");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(codegen)) {
      offenders = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains("\"dev.odgen.runtime"))
          .map(f -> ROOT.relativize(f).toString())
          .toList();
    }
    assertEquals(List.of(), offenders, "runtime packages written as strings: use ClassName.get(Type.class)");
  }

  /** Every {@code src/main/java} of the build's modules (not of the plugin's IT projects, not in target). */
  private static List<Path> sourceRoots() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT, 5)) {
      return walk.filter(p -> p.endsWith(Path.of("src/main/java")))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/it/"))
          .sorted()
          .toList();
    }
  }

  private static Stream<Path> packageFolders(Path sourceRoot) {
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      return walk.filter(Files::isDirectory).filter(RepositoryStructureTest::holdsJava).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsJava(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The artifactIds of odgen's own jars a POM manages (test-jars left out). */
  private static Set<String> odgenArtifacts(String pom) {
    String managed = pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
    Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(managed);
    Set<String> artifacts = new TreeSet<>();
    while (dependency.find()) {
      String text = dependency.group(1);
      Matcher id = Pattern.compile("<groupId>dev\\.odgen</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(text);
      if (id.find() && !text.contains("<type>test-jar</type>")) {
        artifacts.add(id.group(1));
      }
    }
    return artifacts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
