package dev.odgen.samples.sftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server (Apache MINA SSHD) on 127.0.0.1 and a free port, for one user and password, serving a temporary
 * folder as its root (paths cannot leave it). The tests' stand-in for the caller's SFTP site.
 */
public final class LocalSftpServer implements AutoCloseable {
  public static final String USER = "odgen-sftp";
  public static final String PASSWORD = "sftp-secret";

  private final SshServer server;
  private final Path root;

  private LocalSftpServer(SshServer server, Path root) {
    this.server = server;
    this.root = root;
  }

  public static LocalSftpServer start() {
    try {
      Path root = Files.createTempDirectory("odgen-sftp");
      SshServer server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(0);
      server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
      server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
      server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
      server.setFileSystemFactory(new VirtualFileSystemFactory(root));
      server.start();
      return new LocalSftpServer(server, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getPort();
  }

  /** The folder the server serves as its root. */
  public Path root() {
    return root;
  }

  /** An SftpAddress on this server: {@code 127.0.0.1:<port>/<path>}. */
  public String address(String path) {
    return "127.0.0.1:" + port() + "/" + path;
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      // the test is over; a server that does not stop cleanly dies with the JVM
    }
  }
}
