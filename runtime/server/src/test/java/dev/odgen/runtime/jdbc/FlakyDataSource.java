package dev.odgen.runtime.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that fails like a pool timing out while {@link #down} is set, and counts the calls it gets. */
final class FlakyDataSource implements DataSource {
  private final DataSource real;
  final AtomicInteger calls = new AtomicInteger();
  volatile boolean down;

  FlakyDataSource(DataSource real) {
    this.real = real;
  }

  @Override
  public Connection getConnection() throws SQLException {
    calls.incrementAndGet();
    if (down) {
      throw new SQLTransientConnectionException("pool-7 - Connection is not available, request timed out after 5000ms"
          + " (total=0, active=0, idle=0, waiting=3)");
    }
    return real.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
