package dev.odgen.samples.app.queries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.app.files.SftpAddress;
import dev.odgen.samples.app.files.SftpSite;
import dev.odgen.samples.opendental.server.QueryActions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PUT /queries/ShortQuery}: a page of the result (at most 100 rows, the API's page) as JSON; {@code POST
 * /queries}: the whole result (at most {@link #MAX_SFTP_ROWS} rows) as CSV on the caller's SFTP site, in the
 * background once the SQL has run when IsAsync is true.
 */
public final class QueryDesk implements QueryActions {
  /** Rows a POST /queries may write; a larger result is refused rather than held in memory. */
  public static final int MAX_SFTP_ROWS = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(QueryDesk.class);

  private final QueryRunner runner;
  private final SftpSite sftp;
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "query-sftp");
    t.setDaemon(true);
    return t;
  });

  public QueryDesk(QueryRunner runner, SftpSite sftp) {
    this.runner = runner;
    this.sftp = sftp;
  }

  @Override
  public List<JsonNode> shortQuery(ShortQueryInput in, ApiRequest request) {
    return QueryRunner.nodes(runner.run(in.sqlCommand(), in.page().offset(), in.page().limit()));
  }

  @Override
  public void runToSftp(RunToSftpInput in, ApiRequest request) {
    SftpAddress address = SftpAddress.parse(in.sftpAddress(), in.sftpPort(), "SftpAddress");
    QueryRunner.Result result = runner.run(in.sqlCommand(), 0, MAX_SFTP_ROWS);
    if (result.truncated()) {
      throw new BadRequestException("SqlCommand: the result has more than " + MAX_SFTP_ROWS
          + " rows; narrow the query", List.of("SqlCommand"));
    }
    byte[] csv = Csv.of(result.columns(), result.rows());
    if (Boolean.TRUE.equals(in.isAsync())) {
      background.execute(() -> {
        try {
          sftp.put(address, in.sftpUsername(), in.sftpPassword(), csv);
        } catch (RuntimeException e) {
          LOG.warn("query result to {} not written: {}", address, e.getMessage());
        }
      });
      return;
    }
    sftp.put(address, in.sftpUsername(), in.sftpPassword(), csv);
  }
}
