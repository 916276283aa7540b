package dev.odgen.samples.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request written byte for byte on a socket, as no HTTP client would write it (truncated bodies, bad chunks,
 * two headers of a kind, garbage), and the first response read back: status, headers and the body, de-chunked.
 * Status 0 means the server closed the connection without an answer.
 */
final class RawExchange {
  /** What came back. */
  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private RawExchange() {}

  /**
   * Sends {@code request} to {@code port} and reads until the server closes or 10 s pass. {@code halfClose} ends
   * the sending side after the bytes, which is how a truncated body looks to the server.
   */
  static Answer send(int port, byte[] request, boolean halfClose) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        if (halfClose) {
          socket.shutdownOutput();
        }
      } catch (SocketException e) {
        // the server may answer and close before taking everything (a header too large): read what it said
      }
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot talk to the server: " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (complete(out.toByteArray())) {
          break;
        }
      }
    } catch (SocketTimeoutException | SocketException e) {
      // what arrived is the answer
    }
    return out.toByteArray();
  }

  /** Whether a whole response with a Content-Length is in: then there is no need to wait for the close. */
  private static boolean complete(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    Answer head = new Answer(0, text.substring(0, end), "");
    String length = head.header("Content-Length");
    return length != null && bytes.length >= end + 4 + Long.parseLong(length.trim());
  }

  static Answer parse(byte[] bytes) {
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    if (raw.startsWith("HTTP/1.1 1") && end > 0) {
      return parse(java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length));   // an interim 100 Continue
    }
    if (!raw.startsWith("HTTP/1.") || end < 0 || raw.length() < 12) {
      return new Answer(0, raw, "");
    }
    String head = raw.substring(0, end);
    int status = Integer.parseInt(head.substring(9, 12));
    byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    Answer partial = new Answer(status, head, "");
    String length = partial.header("Content-Length");
    String encoding = partial.header("Transfer-Encoding");
    byte[] body;
    if (length != null) {
      body = java.util.Arrays.copyOf(rest, (int) Math.min(rest.length, Long.parseLong(length.trim())));
    } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = dechunk(rest);
    } else {
      body = rest;
    }
    return new Answer(status, head, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < bytes.length) {
      int lineEnd = indexOf(bytes, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.write(bytes, start, Math.min(size, bytes.length - start));
      at = start + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
