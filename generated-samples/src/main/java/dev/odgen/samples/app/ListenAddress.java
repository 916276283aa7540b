package dev.odgen.samples.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the server listens. The demo key pair is printed in the README and in every start-up banner, so a server
 * that accepts it must not be reachable from the network: with the demo keys the default is the loopback
 * interface, and another interface is refused with the reason. With real keys ({@code --keys-file}) the default
 * is every interface.
 */
final class ListenAddress {
  /** Where a server with the demo keys listens unless told otherwise. */
  static final String LOOPBACK = "127.0.0.1";
  /** Where a server with real keys listens unless told otherwise. */
  static final String EVERY_INTERFACE = "0.0.0.0";

  private ListenAddress() {}

  /**
   * The interface to listen on.
   *
   * @param requested {@code --host}, or null/blank when not given
   * @param demoKeys whether the server accepts the demo key pair
   * @throws StartupException for a non-loopback interface with the demo keys
   */
  static String choose(String requested, boolean demoKeys) throws StartupException {
    if (requested == null || requested.isBlank()) {
      return demoKeys ? LOOPBACK : EVERY_INTERFACE;
    }
    String host = requested.strip();
    if (demoKeys && !isLoopback(host)) {
      throw new StartupException("--host " + host + " would let anyone who can reach this machine in with the demo"
          + " key pair, which is printed in the README\n  fix: give your own keys with --keys-file, or leave --host"
          + " out (the demo keys listen on " + LOOPBACK + " only)");
    }
    return host;
  }

  private static boolean isLoopback(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      InetAddress address = InetAddress.getByName(bare);
      return address.isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;   // unknown names are not trusted to be loopback
    }
  }
}
