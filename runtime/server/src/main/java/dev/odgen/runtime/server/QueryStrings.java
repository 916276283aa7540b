package dev.odgen.runtime.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string before its parameters are read: the servlet layer drops a parameter with a bad
 * percent-escape ({@code Limit=%zz}) and turns bytes that are not UTF-8 into replacement characters, so a
 * caller's typo would silently change what the request means.
 */
final class QueryStrings {
  private QueryStrings() {}

  /** @throws BadRequestException naming the first bad escape, or saying the decoded text is not UTF-8 */
  static void check(String raw) {
    if (raw == null || raw.indexOf('%') < 0) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        bytes.write(c < 0x80 ? c : '?');
        continue;
      }
      if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
        String escape = raw.substring(i, Math.min(raw.length(), i + 3));
        throw new BadRequestException("the query string holds '" + escape + "', which is not a percent-escape;"
            + " write '%' itself as %25");
      }
      bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
      i += 2;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new BadRequestException("the query string's percent-escapes are not UTF-8 text");
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
