package dev.odgen.samples.app.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** This machine's name, as Open Dental uses it: the Workstation header, and which subscriptions this machine serves. */
final class Workstation {
  private Workstation() {
  }

  /** The local host name; the environment's name for the machine when the resolver does not know it. */
  static String localName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
        String name = System.getenv(variable);
        if (name != null && !name.isBlank()) {
          return name;
        }
      }
      return "localhost";
    }
  }

  /**
   * Whether a subscription with this Workstation is served here: blank means every machine; otherwise the name,
   * ignoring case, or the first label of a fully qualified local name (Windows machine names are short).
   */
  static boolean serves(String subscriptionWorkstation, String local) {
    if (subscriptionWorkstation == null || subscriptionWorkstation.isBlank()) {
      return true;
    }
    String wanted = subscriptionWorkstation.trim().toLowerCase(Locale.ROOT);
    String name = local.toLowerCase(Locale.ROOT);
    int dot = name.indexOf('.');
    return wanted.equals(name) || (dot > 0 && wanted.equals(name.substring(0, dot)));
  }
}
