package dev.odgen.samples.app.files;

import dev.odgen.runtime.server.BadRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folder holding the documents' files, laid out like Open Dental's A-to-Z folder: one folder per patient
 * ({@code S/SmithJohn12/}) and {@code EOBs/} for scanned EOBs. Names that come from callers (an extension, the
 * file name at the end of an SFTP path) are reduced to letters, digits, dot, dash and underscore and checked
 * against the allowed extensions; every path is resolved and must stay inside the store, or the request is
 * refused with 400 before anything is written.
 */
public final class DocumentStore {
  /** Extensions Open Dental's Images module takes. */
  public static final Set<String> EXTENSIONS = Set.of(".pdf", ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif",
      ".tiff", ".dcm", ".txt", ".rtf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".xml", ".html", ".wav", ".mp3",
      ".mp4", ".avi", ".odt");
  /** The largest file accepted: 20 MiB. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]{1,5}");

  private final Path root;

  public DocumentStore(Path root) {
    try {
      this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the document store " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  /** The extension, lower case with its dot, when it is one the store takes; else 400 naming {@code field}. */
  public static String extension(String raw, String field) {
    String ext = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    if (!ext.startsWith(".")) {
      ext = "." + ext;
    }
    if (!EXTENSION.matcher(ext).matches() || !EXTENSIONS.contains(ext)) {
      throw new BadRequestException(field + ": " + (raw == null ? "" : raw.strip()) + " is not an allowed extension ("
          + String.join(" ", EXTENSIONS.stream().sorted().toList()) + ")", List.of(field));
    }
    return ext;
  }

  /** The extension of a file name, checked as {@link #extension}. */
  public static String extensionOf(String fileName, String field) {
    int dot = fileName.lastIndexOf('.');
    return extension(dot < 0 ? "" : fileName.substring(dot), field);
  }

  /** A caller's file name made safe: the last path segment, only [A-Za-z0-9._-], no leading dots. */
  public static String safeName(String name, String field) {
    String last = name.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    String safe = last.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
    if (safe.isEmpty() || safe.length() > 200) {
      throw new BadRequestException(field + ": the file name is empty or too long", List.of(field));
    }
    extensionOf(safe, field);
    return safe;
  }

  /** The folder of a patient, relative to the store: the first letter of the last name, then names and PatNum. */
  public static String patientFolder(String lName, String fName, long patNum) {
    String l = lName == null ? "" : lName.replaceAll("[^A-Za-z0-9]", "");
    String f = fName == null ? "" : fName.replaceAll("[^A-Za-z0-9]", "");
    String letter = l.isEmpty() ? "_" : l.substring(0, 1).toUpperCase(Locale.ROOT);
    return letter + "/" + l + f + patNum;
  }

  /** Writes {@code content} to {@code folder/name} (relative to the store), refusing what is too large. */
  public Path write(String folder, String name, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new BadRequestException("the file is larger than " + MAX_BYTES + " bytes");
    }
    Path target = inside(folder, name);
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** The bytes of {@code folder/name}; 400 when the file is missing. */
  public byte[] read(String folder, String name) {
    Path file = inside(folder, name);
    if (!Files.isRegularFile(file)) {
      throw new BadRequestException("the file " + name + " is missing from the document store");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Whether {@code folder/name} exists. */
  public boolean exists(String folder, String name) {
    return Files.isRegularFile(inside(folder, name));
  }

  /** Deletes {@code folder/name} when it is there. */
  public void delete(String folder, String name) {
    try {
      Files.deleteIfExists(inside(folder, name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + name, e);
    }
  }

  /** The absolute path of {@code folder/name}, which must lie inside the store (else 400). */
  public Path inside(String folder, String name) {
    Path target = root.resolve(folder).resolve(name).normalize();
    if (!target.startsWith(root) || target.equals(root) || name.contains("/") || name.contains("\\")
        || name.indexOf('\0') >= 0 || name.isBlank() || name.equals("..") || name.equals(".")) {
      throw new BadRequestException("the file name " + name + " would leave the document store");
    }
    return target;
  }
}
