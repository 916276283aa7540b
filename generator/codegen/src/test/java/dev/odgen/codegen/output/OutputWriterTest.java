package dev.odgen.codegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.odgen.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutputWriterTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path out = fs.getPath("/work/out");

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void writesEveryFileAndAManifestOfThem() throws IOException {
    WriteReport report = write(file("a/A.java", "class A {}\n"), file("b/schema.sql", "-- sql\n"));

    assertEquals(List.of("a/A.java", "b/schema.sql"), report.written());
    assertEquals("class A {}\n", Files.readString(out.resolve("a/A.java")));
    assertEquals(List.of("a/A.java", "b/schema.sql"), manifestEntries());
  }

  @Test
  void leavesFilesWhoseContentIsUnchangedUntouched() throws IOException {
    write(file("a/A.java", "class A {}\n"), file("a/B.java", "class B {}\n"));
    FileTime old = FileTime.fromMillis(1_000);
    Files.setLastModifiedTime(out.resolve("a/A.java"), old);
    Files.setLastModifiedTime(out.resolve(Manifest.FILE_NAME), old);

    WriteReport report = write(file("a/A.java", "class A {}\n"), file("a/B.java", "class B { int x; }\n"));

    assertEquals(List.of("a/A.java"), report.unchanged());
    assertEquals(List.of("a/B.java"), report.written());
    assertEquals(old, Files.getLastModifiedTime(out.resolve("a/A.java")));
    assertEquals(old, Files.getLastModifiedTime(out.resolve(Manifest.FILE_NAME)), "the manifest did not change");
  }

  @Test
  void removesFilesItGeneratedBeforeButNothingElse() throws IOException {
    write(file("a/A.java", "A"), file("gone/B.java", "B"));
    Files.writeString(out.resolve("a/Mine.java"), "hand-written");

    WriteReport report = write(file("a/A.java", "A"));

    assertEquals(List.of("gone/B.java"), report.removed());
    assertFalse(Files.exists(out.resolve("gone/B.java")));
    assertFalse(Files.exists(out.resolve("gone")), "the folder it emptied goes too");
    assertTrue(Files.exists(out.resolve("a/Mine.java")), "a file odgen did not write stays");
    assertEquals(List.of("a/A.java"), manifestEntries());
  }

  @Test
  void neverDeletesOutsideTheOutputDirectoryEvenWithATamperedManifest() throws IOException {
    Path outside = fs.getPath("/work/precious.txt");
    Files.createDirectories(out);
    Files.writeString(outside, "keep me");
    Files.writeString(out.resolve(Manifest.FILE_NAME), "../precious.txt\n/work/precious.txt\n");

    WriteReport report = write(file("A.java", "A"));

    assertEquals(List.of(), report.removed());
    assertEquals("keep me", Files.readString(outside));
  }

  @Test
  void refusesTwoFilesClaimingOnePathAndWritesNothing() {
    OutputException e = assertThrows(OutputException.class, () -> write(
        new GeneratedFile("a/A.java", "one", "FirstEmitter"), new GeneratedFile("a/A.java", "two", "SecondEmitter")));

    assertTrue(e.getMessage().contains("two generated files claim 'a/A.java': FirstEmitter and SecondEmitter"),
        e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void refusesPathsThatDifferOnlyInCase() {
    OutputException e = assertThrows(OutputException.class, () -> write(file("a/Thing.java", "1"),
        file("a/THING.java", "2")));
    assertTrue(e.getMessage().contains("differs only in case"), e.getMessage());
  }

  @Test
  void refusesPathsThatLeaveTheOutputDirectory() {
    for (String bad : List.of("../A.java", "/etc/A.java", "a/../../A.java", "a//A.java", "C:/A.java", "a\\A.java",
        Manifest.FILE_NAME)) {
      assertThrows(OutputException.class, () -> write(file(bad, "x")), bad);
    }
    assertFalse(Files.exists(fs.getPath("/work/A.java")));
  }

  @Test
  void aFailedRunLeavesThePreviousOutputAsItWas() throws IOException {
    write(file("a/A.java", "old A"), file("a/B.java", "old B"));

    assertThrows(OutputException.class, () -> write(file("a/A.java", "new A"), file("a/B.java", "new B"),
        file("a/B.java", "again")));

    assertEquals("old A", Files.readString(out.resolve("a/A.java")));
    assertEquals("old B", Files.readString(out.resolve("a/B.java")));
    assertEquals(List.of("a/A.java", "a/B.java"), manifestEntries());
  }

  @Test
  void aDryRunReportsTheChangesAndTouchesNothing() throws IOException {
    write(file("a/A.java", "A"), file("a/Old.java", "old"));

    WriteReport report = new OutputWriter(out, true).write(List.of(file("a/A.java", "A"), file("a/New.java", "new")));

    assertEquals(List.of("a/New.java"), report.written());
    assertEquals(List.of("a/A.java"), report.unchanged());
    assertEquals(List.of("a/Old.java"), report.removed());
    assertFalse(Files.exists(out.resolve("a/New.java")));
    assertTrue(Files.exists(out.resolve("a/Old.java")));
  }

  @Test
  void writesUtf8AndLeavesNoTemporaryFiles() throws IOException {
    write(file("a/Ä.java", "// café ✓\n"));

    assertEquals("// café ✓\n", new String(Files.readAllBytes(out.resolve("a/Ä.java")), StandardCharsets.UTF_8));
    try (var files = Files.walk(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void refusesAnOutputThatIsAFile() throws IOException {
    Files.createDirectories(out.getParent());
    Files.writeString(out, "not a folder");
    OutputException e = assertThrows(OutputException.class, () -> write(file("A.java", "A")));
    assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
  }

  private WriteReport write(GeneratedFile... files) {
    return new OutputWriter(out, false).write(List.of(files));
  }

  private static GeneratedFile file(String path, String content) {
    return new GeneratedFile(path, content, "TestEmitter");
  }

  private List<String> manifestEntries() throws IOException {
    return Files.readAllLines(out.resolve(Manifest.FILE_NAME)).stream().filter(l -> !l.startsWith("#")).toList();
  }
}
