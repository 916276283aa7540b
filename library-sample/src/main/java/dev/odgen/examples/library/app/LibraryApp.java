package dev.odgen.examples.library.app;

import dev.odgen.examples.library.dao.LibraryDaos;
import dev.odgen.examples.library.server.LibraryServer;
import dev.odgen.runtime.jdbc.Database;
import dev.odgen.runtime.server.KeyStore;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs the library server: {@code LibraryApp [port] [jdbc-url]} (defaults 8080 and an H2 file {@code library} in
 * the working directory), accepting the bearer tokens in the environment variable {@code LIBRARY_TOKENS}
 * (comma-separated).
 */
public final class LibraryApp {

  private LibraryApp() {}

  /** A server over {@code daos} with the library's actions, accepting {@code tokens}, not yet started. */
  public static LibraryServer.Builder server(LibraryDaos daos, String... tokens) {
    LibraryActions actions = new LibraryActions(daos);
    return LibraryServer.builder()
        .daos(daos)
        .keys(KeyStore.ofKeys(tokens))
        .bookActions(actions)
        .loanActions(actions);
  }

  public static void main(String[] args) {
    String tokens = System.getenv("LIBRARY_TOKENS");
    if (tokens == null || tokens.isBlank()) {
      System.err.println("set LIBRARY_TOKENS to the bearer tokens the server accepts, e.g. LIBRARY_TOKENS=s3cret");
      System.exit(2);
    }
    int port = 8080;
    if (args.length > 0) {
      try {
        port = Integer.parseInt(args[0]);
      } catch (NumberFormatException e) {
        System.err.println("the port must be a number, not '" + args[0] + "'");
        System.exit(2);
      }
    }
    Database database = args.length > 1 ? Database.open(args[1], null, null) : Database.h2File(Path.of("library"));
    LibraryDaos daos = LibraryDaos.builder(database.db()).build();
    LibraryServer server = server(daos, Arrays.stream(tokens.split(",")).map(String::strip).toArray(String[]::new))
        .port(port)
        .build()
        .start();
    System.out.println("Library API at " + server.baseUrl() + " (Authorization: Bearer <token>)");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      database.close();
    }));
  }
}
