package dev.odgen.runtime.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no HTTP client would (truncated bodies, bad chunks, garbage) and reads what comes back, with
 * a deadline: the server's answer as status, headers and body.
 */
final class RawSocket {
  /** What the server answered; status 0 when it closed without a word. */
  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  private RawSocket() {}

  /** Sends {@code request}, half-closes, and reads the answer (at most 10 s). */
  static Answer send(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer send(int port, String request) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what arrived is the answer
    }
    return out.toByteArray();
  }

  /** The first response in {@code bytes} (a pipelined second one is ignored). */
  static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Answer(0, text, "");
    }
    String head = text.substring(0, end);
    int status = Integer.parseInt(head.substring(9, 12));
    String body = text.substring(end + 4);
    Answer answer = new Answer(status, head, body);
    String length = answer.header("Content-Length");
    if (length != null) {
      int n = Integer.parseInt(length);
      byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
      body = new String(bodyBytes, 0, Math.min(n, bodyBytes.length), StandardCharsets.UTF_8);
    }
    return new Answer(status, head, body);
  }
}
