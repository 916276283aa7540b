package dev.odgen.samples.app;

import dev.odgen.runtime.jdbc.DataAccessException;
import dev.odgen.runtime.jdbc.SchemaManager;
import dev.odgen.runtime.jdbc.SchemaMigrationException;
import dev.odgen.runtime.jdbc.SchemaMismatchException;
import dev.odgen.runtime.jdbc.SchemaPolicy;
import dev.odgen.samples.app.actions.AccountModule;
import dev.odgen.samples.app.actions.ClinicalActions;
import dev.odgen.samples.app.actions.PatientSearch;
import dev.odgen.samples.app.db.Database;
import dev.odgen.samples.app.demo.DemoData;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.app.events.DatabaseEvents;
import dev.odgen.samples.app.hooks.ApplicationHooks;
import dev.odgen.samples.app.notes.ProcGroupItems;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.schema.OpenDentalSchema;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The running server application: the generated {@link OpenDentalServer} with this application's actions and
 * hooks (custom filters and derived fields), over a pool the application owns, with the demo practice inserted
 * when asked, and its Database Events unless turned off. {@link #stop()} (also run by the shutdown hook) stops the
 * events and answering, then closes the pool.
 */
public final class OpenDentalApp implements AutoCloseable {
  private final Database database;
  private final OpenDentalServer server;
  private final ApiKeys keys;
  /** The interface listened on. */
  private final String host;
  private final Optional<DemoSummary> demo;
  private final Optional<DatabaseEvents> events;
  private final SchemaPolicy schemaPolicy;
  private final SchemaManager.Result schema;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private OpenDentalApp(String host, Database database, OpenDentalServer server, ApiKeys keys,
      Optional<DemoSummary> demo, Optional<DatabaseEvents> events, SchemaPolicy schemaPolicy,
      SchemaManager.Result schema) {
    this.host = host;
    this.schemaPolicy = schemaPolicy;
    this.schema = schema;
    this.database = database;
    this.server = server;
    this.keys = keys;
    this.demo = demo;
    this.events = events;
  }

  /**
   * Checks the configuration, opens the database (creating missing tables), inserts demo data if asked and
   * starts listening.
   *
   * @throws StartupException with the one message to show when anything in the configuration is wrong
   */
  public static OpenDentalApp start(AppConfig config) throws StartupException {
    ApiKeys keys = config.keysFile() == null ? ApiKeys.demoPair() : ApiKeys.fromFile(config.keysFile());
    config = config.withHost(ListenAddress.choose(config.host(), keys.isDemo()));
    requireFreePort(config.host(), config.port());
    Database database = Database.open(config.jdbcUrl(), config.user(), config.password());
    OpenDentalServer server = null;
    try {
      SchemaManager.Result schema = applySchema(config, database);
      createApplicationTables(database);
      OpenDentalDaos daos = ApplicationHooks.over(database.db())
          .installInto(OpenDentalDaos.builder(database.db()).clock(config.clock()))
          .build();
      server = build(config, database, keys, daos);
      Optional<DemoSummary> demo = fillIfAsked(config, database, daos);
      BackOfficeActions.writeDemoFiles(config, daos);
      listen(server, config.port());
      Optional<DatabaseEvents> events = config.events() == EventsMode.ON
          ? Optional.of(DatabaseEvents.start(server)) : Optional.empty();
      return new OpenDentalApp(config.host(), database, server, keys, demo, events, config.schemaPolicy(), schema);
    } catch (StartupException | RuntimeException e) {
      if (server != null) {
        server.stop();
      }
      database.close();
      throw e;
    }
  }

  /**
   * Brings the tables to the spec as the configured policy allows, before anything else touches them; the server
   * itself is then built with policy none, so the work is done (and reported) once.
   */
  private static SchemaManager.Result applySchema(AppConfig config, Database database) throws StartupException {
    SchemaPolicy policy = config.schemaPolicy();
    try {
      return new SchemaManager(database.db()).apply(policy, OpenDentalSchema.TABLES);
    } catch (SchemaMigrationException e) {
      throw new StartupException("migrating the tables of " + database.url() + " failed, so the server does not"
          + " start:\n" + e.getMessage());
    } catch (SchemaMismatchException e) {
      throw new StartupException("the database at " + database.url() + " does not have the tables this server needs"
          + " (schema policy " + policy.optionName() + "):\n" + e.getMessage()
          + (policy == SchemaPolicy.VALIDATE ? "\n  or: start with --schema migrate (env ODGEN_SCHEMA=migrate)" : ""));
    } catch (DataAccessException e) {
      throw new StartupException("cannot create the tables in " + database.url() + ": " + e.getMessage());
    }
  }

  /**
   * The tables of this application that are not in the spec (procgroupitem, see package {@code app.notes}):
   * created when missing under every schema policy, since the actions cannot work without them.
   */
  private static void createApplicationTables(Database database) throws StartupException {
    try {
      new ProcGroupItems(database.db()).createIfMissing();
    } catch (DataAccessException e) {
      throw new StartupException("cannot create the application's table procgroupitem in " + database.url() + ": "
          + e.getMessage());
    }
  }

  private static OpenDentalServer build(AppConfig config, Database database, ApiKeys keys, OpenDentalDaos daos)
      throws StartupException {
    try {
      OpenDentalServer.Builder builder = ClinicalActions.installInto(OpenDentalServer.builder(), daos);
      return BackOfficeActions.install(builder, config, database, daos)
          .daos(daos)
          .schema(SchemaPolicy.NONE)
          .keys(keys.store())
          .host(config.host())
          .port(config.port())
          .clock(config.clock())
          .patientActions(new PatientSearch(daos))
          .accountModuleActions(new AccountModule(daos))
          .build();
    } catch (SchemaMismatchException e) {
      throw new StartupException("the database at " + database.url()
          + " does not have the tables this server needs:\n" + e.getMessage());
    } catch (DataAccessException e) {
      throw new StartupException("cannot create the tables in " + database.url() + ": " + e.getMessage());
    }
  }

  private static Optional<DemoSummary> fillIfAsked(AppConfig config, Database database, OpenDentalDaos daos)
      throws StartupException {
    if (config.demoData() == DemoDataMode.OFF) {
      return Optional.empty();
    }
    boolean empty = database.isEmpty();
    if (!empty && config.demoData() == DemoDataMode.ON) {
      throw new StartupException("demo data goes only into an empty database, and " + database.url()
          + " already has patients or providers\n  fix: use --demo-data=auto (or off), or another database");
    }
    if (!empty) {
      return Optional.empty();
    }
    // one transaction: a failure leaves no half practice behind
    return Optional.of(database.db().inTransaction(
        tx -> new DemoData(daos.over(tx), config.clock()).insert()));
  }

  private static void listen(OpenDentalServer server, int port) throws StartupException {
    try {
      server.start();
    } catch (RuntimeException e) {
      throw new StartupException("cannot listen on port " + port + ": " + Causes.rootMessage(e)
          + "\n  fix: stop what uses the port, or choose another with --port");
    }
  }

  /**
   * Fails when the port is taken, before Jetty tries: Javalin would log its own error (and a stack trace) next to
   * the one message the operator should see. A port taken between this check and the start still fails cleanly.
   */
  private static void requireFreePort(String host, int port) throws StartupException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new StartupException("cannot listen on port " + port + ": " + Causes.rootMessage(e)
          + "\n  fix: stop what uses the port, or choose another with --port");
    }
  }

  /** The interface listened on: 127.0.0.1 with the demo keys unless another loopback address was asked for. */
  public String host() {
    return host;
  }

  /** The port listened on (the real one when started with port 0). */
  public int port() {
    return server.port();
  }

  /** {@code http://localhost:<port>/api/v1}. */
  public String baseUrl() {
    return "http://localhost:" + port() + OpenDentalServer.BASE_PATH;
  }

  /** The health endpoint: 200 "ok" while the database answers, 503 with the reason otherwise. */
  public String healthUrl() {
    return "http://localhost:" + port() + "/health";
  }

  /** The API explorer (Swagger UI over the server's own OpenAPI document), where calls can be tried out. */
  public String docsUrl() {
    return "http://localhost:" + port() + "/docs";
  }

  public ApiKeys keys() {
    return keys;
  }

  /** What the demo data inserted, when it was inserted at this start. */
  public Optional<DemoSummary> demo() {
    return demo;
  }

  /** The schema policy the server started with. */
  public SchemaPolicy schemaPolicy() {
    return schemaPolicy;
  }

  /** What the schema policy did at this start. */
  public SchemaManager.Result schema() {
    return schema;
  }

  public String databaseUrl() {
    return database.url();
  }

  public OpenDentalServer server() {
    return server;
  }

  /** The Database Events being sent, unless they were turned off. */
  public Optional<DatabaseEvents> events() {
    return events;
  }

  /** Stops the events, stops answering and closes the pool; later calls do nothing. */
  public void stop() {
    if (stopped.compareAndSet(false, true)) {
      try {
        events.ifPresent(DatabaseEvents::stop);
        server.stop();
      } finally {
        database.close();
      }
    }
  }

  public boolean isStopped() {
    return stopped.get();
  }

  @Override
  public void close() {
    stop();
  }
}
