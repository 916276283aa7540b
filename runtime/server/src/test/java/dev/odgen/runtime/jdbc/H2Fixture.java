package dev.odgen.runtime.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.schema.Dialect;
import java.util.concurrent.atomic.AtomicInteger;

/** A fresh in-memory H2 database per test, closed afterwards. */
final class H2Fixture implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final HikariDataSource dataSource = DataSources.h2InMemory("test" + COUNTER.incrementAndGet());
  final Db db = new Db(dataSource, Dialect.H2);

  @Override
  public void close() {
    dataSource.close();
  }
}
