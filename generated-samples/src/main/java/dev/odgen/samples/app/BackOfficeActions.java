package dev.odgen.samples.app;

import dev.odgen.samples.app.db.Database;
import dev.odgen.samples.app.demo.DemoFiles;
import dev.odgen.samples.app.documents.DocumentDesk;
import dev.odgen.samples.app.documents.EobAttachDesk;
import dev.odgen.samples.app.documents.SheetDesk;
import dev.odgen.samples.app.files.DocumentStore;
import dev.odgen.samples.app.files.SftpSite;
import dev.odgen.samples.app.files.UrlFetcher;
import dev.odgen.samples.app.money.ClaimDesk;
import dev.odgen.samples.app.money.ClaimPaymentDesk;
import dev.odgen.samples.app.money.ClaimProcDesk;
import dev.odgen.samples.app.money.PayPlanDesk;
import dev.odgen.samples.app.money.PaymentDesk;
import dev.odgen.samples.app.money.ReportDesk;
import dev.odgen.samples.app.queries.QueryDesk;
import dev.odgen.samples.app.queries.QueryRunner;
import dev.odgen.samples.app.queries.ReadOnlyConnections;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The back office's actions, put into the server builder in one place: money (payments, plans, claims, claim
 * payments, claimprocs, reports), queries, and the file actions of documents, EOBs and sheets over the document
 * store.
 */
final class BackOfficeActions {
  /** How long the caller's SQL may run. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

  private BackOfficeActions() {
  }

  static OpenDentalServer.Builder install(OpenDentalServer.Builder builder, AppConfig config, Database database,
      OpenDentalDaos daos) throws StartupException {
    DocumentStore store = store(config);
    SftpSite sftp = SftpSite.defaults();
    // the pool's own URL: on H2 it carries the settings the server's connections opened the database with
    String url = database.dataSource().getJdbcUrl();
    QueryRunner queries = new QueryRunner(
        ReadOnlyConnections.of(url, config.user(), config.password(), database.db()), QUERY_TIMEOUT);
    return builder
        .paymentActions(new PaymentDesk(daos))
        .payPlanActions(new PayPlanDesk(daos))
        .claimActions(new ClaimDesk(daos))
        .claimPaymentActions(new ClaimPaymentDesk(daos))
        .claimProcActions(new ClaimProcDesk(daos))
        .reportActions(new ReportDesk(daos))
        .queryActions(new QueryDesk(queries, sftp))
        .documentActions(new DocumentDesk(daos, store, sftp, UrlFetcher.defaults()))
        .eobAttachActions(new EobAttachDesk(daos, store, sftp))
        .sheetActions(new SheetDesk(daos, sftp));
  }

  /** Writes the files of the demo documents that are missing from the store (nothing when there is no demo). */
  static void writeDemoFiles(AppConfig config, OpenDentalDaos daos) throws StartupException {
    DemoFiles.write(daos, store(config));
  }

  static DocumentStore store(AppConfig config) throws StartupException {
    try {
      return new DocumentStore(config.documentStoreFolder());
    } catch (UncheckedIOException e) {
      throw new StartupException(e.getMessage() + ": " + Causes.rootMessage(e)
          + "\n  fix: choose a writable folder with --document-store (env ODGEN_DOCUMENT_STORE)");
    }
  }
}
