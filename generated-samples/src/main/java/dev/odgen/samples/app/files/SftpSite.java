package dev.odgen.samples.app.files;

import dev.odgen.runtime.server.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Puts files on and gets files from the caller's SFTP site with password authentication (Apache MINA SSHD), as
 * Open Dental's eConnector does: folders are created as needed and an existing file is overwritten. Any failure
 * (host unknown, refused, wrong password, missing file, too large) is a 400 that says what went wrong.
 * The caller names a host it runs; the host key is not pinned, as no key could have been agreed beforehand.
 */
public final class SftpSite {
  private final Duration timeout;
  private final long maxDownloadBytes;

  public SftpSite(Duration timeout, long maxDownloadBytes) {
    this.timeout = timeout;
    this.maxDownloadBytes = maxDownloadBytes;
  }

  /** Thirty seconds to connect and authenticate, files up to 100 MiB. */
  public static SftpSite defaults() {
    return new SftpSite(Duration.ofSeconds(30), 100L * 1024 * 1024);
  }

  /** A transfer on an open SFTP session. */
  @FunctionalInterface
  public interface Transfer<T> {
    T run(SftpClient sftp) throws IOException;
  }

  /** Writes {@code content} to {@code address}, creating its folders. */
  public void put(SftpAddress address, String user, String password, byte[] content) {
    session(address, user, password, sftp -> {
      write(sftp, address.path(), content);
      return null;
    });
  }

  /** Writes several files in one session. */
  public void putAll(SftpAddress folder, String user, String password, List<NamedContent> files) {
    session(folder, user, password, sftp -> {
      for (NamedContent file : files) {
        write(sftp, folder.child(file.name()).path(), file.content());
      }
      return null;
    });
  }

  /** A file's name and bytes. */
  public record NamedContent(String name, byte[] content) {}

  /** Reads the file at {@code address}, refusing one larger than the limit. */
  public byte[] get(SftpAddress address, String user, String password) {
    return session(address, user, password, sftp -> {
      try (InputStream in = sftp.read(address.path())) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > maxDownloadBytes) {
            throw new BadRequestException("SftpAddress: the file is larger than " + maxDownloadBytes + " bytes",
                List.of("SftpAddress"));
          }
          out.write(buffer, 0, n);
        }
        return out.toByteArray();
      }
    });
  }

  private <T> T session(SftpAddress address, String user, String password, Transfer<T> transfer) {
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    try (ClientSession session = client.connect(user, address.host(), address.port()).verify(timeout).getSession()) {
      session.addPasswordIdentity(password);
      session.auth().verify(timeout);
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
        return transfer.run(sftp);
      }
    } catch (SftpException e) {
      throw new BadRequestException("SftpAddress: the SFTP site refused " + address.path() + ": "
          + e.getMessage(), List.of("SftpAddress"));
    } catch (IOException e) {
      throw new BadRequestException("SftpAddress: SFTP to " + address.host() + ":" + address.port() + " failed: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), List.of("SftpAddress"));
    } finally {
      client.stop();
    }
  }

  private static void write(SftpClient sftp, String path, byte[] content) throws IOException {
    mkdirs(sftp, path);
    try (OutputStream out = sftp.write(path)) {
      out.write(content);
    }
  }

  /** Creates the folders above {@code path}, one by one, those that exist already left alone. */
  private static void mkdirs(SftpClient sftp, String path) throws IOException {
    String[] parts = path.split("/");
    StringBuilder dir = new StringBuilder(path.startsWith("/") ? "/" : "");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].isEmpty()) {
        continue;
      }
      dir.append(parts[i]);
      try {
        sftp.stat(dir.toString());
      } catch (SftpException missing) {
        sftp.mkdir(dir.toString());
      }
      dir.append('/');
    }
  }
}
