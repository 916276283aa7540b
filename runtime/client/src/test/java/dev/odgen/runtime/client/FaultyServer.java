package dev.odgen.runtime.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a raw socket that misbehaves as told: every connection's request is read up to its blank line,
 * then {@link Fault} decides what goes back (a stalled body, an endless one, garbage). Counts the requests.
 */
final class FaultyServer implements AutoCloseable {
  /** What to do with one connection after its request head was read. */
  @FunctionalInterface
  interface Fault {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Fault fault;
  private final Thread acceptor;
  private final List<Socket> open = new ArrayList<>();
  final AtomicInteger requests = new AtomicInteger();
  /** Bytes the server managed to write before the client gave up. */
  final AtomicInteger written = new AtomicInteger();

  FaultyServer(Fault fault) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.fault = fault;
    this.acceptor = new Thread(this::accept, "faulty-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v1";
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        synchronized (open) {
          open.add(s);
        }
        Thread t = new Thread(() -> serve(s), "faulty-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      readHead(s.getInputStream());
      requests.incrementAndGet();
      fault.answer(new CountingStream(s.getOutputStream()));
    } catch (IOException | InterruptedException e) {
      // the client hung up: what the faults are for
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    for (int b; matched < 4 && (b = in.read()) >= 0; ) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  /** Sends text as ISO-8859-1 bytes. */
  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (open) {
      for (Socket s : open) {
        s.close();
      }
    }
  }

  private final class CountingStream extends OutputStream {
    private final OutputStream out;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      written.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      written.addAndGet(len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
