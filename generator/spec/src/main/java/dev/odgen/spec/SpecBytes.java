package dev.odgen.spec;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one spec file into text, with limits: the size is checked before anything is read (a spec file is
 * small; a huge one is a mistake, and parsing it would take minutes and gigabytes), at most that much is read
 * even if the file grows meanwhile, and the bytes must be UTF-8. Each problem is reported at a place in the
 * file ({@code path:line:column}), the first bad byte where there is one.
 */
final class SpecBytes {
  /**
   * The largest spec file read: 256 KiB, eight times Open Dental's largest file (its enums, 31 KB). The YAML
   * parser's cost grows with the square of the longest token (it copies its window as a token grows), so the
   * limit is what keeps a spec of one huge string from taking seconds and gigabytes.
   */
  static final int MAX_FILE_BYTES = 256 * 1024;

  private SpecBytes() {}

  /** The text of {@code file}, shown as {@code shown}; empty when it cannot be used (reported). */
  static Optional<String> read(Path file, String shown, Diagnostics diagnostics) {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        tooLarge(shown, size, diagnostics);
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      }
      return decode(bytes, shown, diagnostics);
    } catch (IOException e) {
      diagnostics.error(new Location(shown, 1, 1), Trail.empty(), "cannot read the file: " + describe(e),
          "check that it exists and can be read");
      return Optional.empty();
    }
  }

  /** The bytes of a file as text; empty, with the problem reported, when they are too many or not UTF-8. */
  static Optional<String> decode(byte[] bytes, String shown, Diagnostics diagnostics) {
    if (bytes.length > MAX_FILE_BYTES) {
      tooLarge(shown, bytes.length, diagnostics);
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      diagnostics.error(locationOf(bytes, at, shown), Trail.empty(),
          String.format("the file is not UTF-8 text: byte 0x%02X here cannot start or continue a character",
              bytes[at] & 0xFF),
          "save the file as UTF-8 (a Latin-1 or UTF-16 file, or a binary one, cannot be read)");
      return Optional.empty();
    }
    decoder.flush(out);
    return Optional.of(out.flip().toString());
  }

  /** The line and column of byte {@code offset}, counting the UTF-8 characters before it on its line. */
  private static Location locationOf(byte[] bytes, int offset, String shown) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;   // a continuation byte is part of the character before it
      }
    }
    return new Location(shown, line, column);
  }

  private static void tooLarge(String shown, long size, Diagnostics diagnostics) {
    diagnostics.error(new Location(shown, 1, 1), Trail.empty(),
        "the file has " + size + " bytes; a spec file may have at most " + MAX_FILE_BYTES + " (256 KiB)",
        "split it into several files (one resource per file), or check that this is a spec file");
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type.replace("Exception", "") + ": " + e.getMessage();
  }
}
