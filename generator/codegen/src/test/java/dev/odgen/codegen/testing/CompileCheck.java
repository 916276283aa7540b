package dev.odgen.codegen.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.odgen.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles generated Java with {@code -Xlint:all -Werror} against the test classpath (where the runtime and
 * its libraries are), all files together so references between them are checked too.
 */
public final class CompileCheck {

  private CompileCheck() {}

  /** The compilation of every Java file among {@code files}. */
  public static Compilation compile(List<GeneratedFile> files) {
    List<JavaFileObject> sources = files.stream()
        .filter(GeneratedFile::isJava)
        .map(file -> JavaFileObjects.forSourceString(file.javaTypeName(), file.content()))
        .toList();
    return javac().withOptions("-Xlint:all", "-Werror").compile(sources);
  }

  /** A class loader over the classes a successful compilation produced, with the test classpath as parent. */
  public static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        // paths look like /CLASS_OUTPUT/com/example/Thing.class
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf('/', 1) + 1, path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(CompileCheck.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
