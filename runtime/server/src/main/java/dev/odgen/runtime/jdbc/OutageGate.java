package dev.odgen.runtime.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that the database is down, so that calls fail at once instead of each waiting the pool's
 * connection timeout (5 s by default) for a 503. The first call that cannot get a connection, or whose
 * connection is lost under it, closes the gate and starts one background thread that tries a connection
 * every probe interval; the first that works opens the gate again. The outage and the recovery are logged
 * once each.
 */
final class OutageGate {
  private static final Logger LOG = LoggerFactory.getLogger(OutageGate.class);

  private final DataSource dataSource;
  private final Duration probeInterval;
  private final AtomicBoolean probing = new AtomicBoolean();
  /** When the outage began; {@code null} while the database answers. */
  private volatile Instant downSince;

  OutageGate(DataSource dataSource, Duration probeInterval) {
    this.dataSource = dataSource;
    this.probeInterval = probeInterval;
  }

  /** @throws DatabaseDownException while the database is known to be down */
  void check() {
    Instant since = downSince;
    if (since != null) {
      throw new DatabaseDownException("the database has not answered since " + since
          + "; a background probe tries again every " + probeInterval.toMillis() + " ms");
    }
  }

  /** Borrows a connection, closing the gate when the failure means the database cannot be reached. */
  Connection open() throws SQLException {
    check();
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      if (isConnectionFailure(e)) {
        close(e);
      }
      throw e;
    }
  }

  boolean isDown() {
    return downSince != null;
  }

  /**
   * A statement failed: when it lost its connection the database may be gone, so the gate closes and the probe
   * decides. A lone stale connection costs at most one probe interval of 503s; a real outage costs no caller
   * the pool's timeout.
   */
  void failed(SQLException e) {
    if (isConnectionFailure(e)) {
      close(e);
    }
  }

  private void close(SQLException cause) {
    if (downSince == null) {
      downSince = Instant.now();
      LOG.warn("database unavailable, answering 503 at once until a probe reaches it again: {}", cause.getMessage());
    }
    if (probing.compareAndSet(false, true)) {
      Thread probe = new Thread(this::probeUntilUp, "odgen-database-probe");
      probe.setDaemon(true);
      probe.start();
    }
  }

  private void probeUntilUp() {
    try {
      while (true) {
        Thread.sleep(probeInterval.toMillis());
        try (Connection c = dataSource.getConnection()) {
          if (c.isValid(2)) {
            break;
          }
        } catch (SQLException e) {
          if (!isConnectionFailure(e)) {
            break;   // e.g. the pool was closed: nothing left to wait for; calls report it themselves
          }
        }
      }
      LOG.info("database answers again after {} ms", Duration.between(downSince, Instant.now()).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      downSince = null;
      probing.set(false);
    }
  }

  /** Connection failures: SQLSTATE class 08, or the pool's timeout. */
  static boolean isConnectionFailure(SQLException e) {
    return e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
  }
}
