package dev.odgen.samples.app;

import dev.odgen.runtime.server.KeyStore;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The credentials the server accepts: a keys file (one {@code developerKey/customerKey} pair per line), or, when
 * none is given, the demo pair below, which the start-up banner prints.
 *
 * @param store what the server checks requests against
 * @param example the pair to show in the banner's curl line; placeholders when the keys come from a file
 */
public record ApiKeys(KeyStore store, String example, boolean isDemo) {
  public static final String DEMO_DEVELOPER_KEY = "odgen-demo-developer";
  public static final String DEMO_CUSTOMER_KEY = "odgen-demo-customer";

  /** The demo pair. */
  public static ApiKeys demoPair() {
    return new ApiKeys(KeyStore.of(List.of(List.of(DEMO_DEVELOPER_KEY, DEMO_CUSTOMER_KEY))),
        DEMO_DEVELOPER_KEY + "/" + DEMO_CUSTOMER_KEY, true);
  }

  /**
   * The pairs in {@code file}.
   *
   * @throws StartupException when the file cannot be read or a line is not a pair
   */
  public static ApiKeys fromFile(Path file) throws StartupException {
    try {
      return new ApiKeys(KeyStore.fromFile(file, OpenDentalServer.AUTH), "<DeveloperKey>/<CustomerKey>", false);
    } catch (NoSuchFileException e) {
      throw new StartupException("cannot read the keys file " + file + ": no such file"
          + "\n  fix: give an existing file to --keys-file, or leave it out to use the demo key");
    } catch (IOException e) {
      throw new StartupException("cannot read the keys file " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new StartupException("bad keys file " + e.getMessage()
          + "\n  fix: write one DeveloperKey/CustomerKey pair per line; lines starting with # are comments");
    }
  }
}
