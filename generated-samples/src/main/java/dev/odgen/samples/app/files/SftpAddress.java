package dev.odgen.samples.app.files;

import dev.odgen.runtime.server.BadRequestException;
import java.util.List;

/**
 * Where a file goes on (or comes from) the caller's SFTP site: Open Dental's SftpAddress is the host followed by
 * the path, separated by /, e.g. {@code MySftpSite/myUsername/Birthdays/Jun22.csv}. The path is taken relative to
 * the directory the SFTP login starts in.
 */
public record SftpAddress(String host, int port, String path) {

  /** Parses {@code address}; 400 naming {@code field} when it has no host or no path. */
  public static SftpAddress parse(String address, Integer port, String field) {
    String a = address == null ? "" : address.strip().replace('\\', '/');
    if (a.startsWith("sftp://")) {
      a = a.substring("sftp://".length());
    }
    int slash = a.indexOf('/');
    if (slash <= 0 || slash == a.length() - 1) {
      throw new BadRequestException(field + ": must be the SFTP host followed by the path, e.g."
          + " sftp.example.com/folder/file.csv", List.of(field));
    }
    String host = a.substring(0, slash);
    int p = port == null ? 22 : port;
    int colon = host.lastIndexOf(':');
    if (colon > 0 && host.indexOf(':') == colon) {
      try {
        p = Integer.parseInt(host.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new BadRequestException(field + ": the port after the host is not a number", List.of(field));
      }
      host = host.substring(0, colon);
    }
    if (p < 1 || p > 65535) {
      throw new BadRequestException("SftpPort: must be 1 to 65535", List.of("SftpPort"));
    }
    return new SftpAddress(host, p, a.substring(slash + 1));
  }

  /** This address with {@code name} appended when the path names a folder (ends with /). */
  public SftpAddress orFile(String name) {
    return path.endsWith("/") ? new SftpAddress(host, port, path + name) : this;
  }

  /** The file {@code name} inside the folder this address names. */
  public SftpAddress child(String name) {
    return new SftpAddress(host, port, path.endsWith("/") ? path + name : path + "/" + name);
  }

  /** The file name at the end of the path. */
  public String fileName() {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return host + (port == 22 ? "" : ":" + port) + "/" + path;
  }
}
