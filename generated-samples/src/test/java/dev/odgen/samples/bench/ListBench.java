package dev.odgen.samples.bench;

import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Rows;
import dev.odgen.runtime.jdbc.SchemaManager;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireWriter;
import dev.odgen.samples.opendental.dao.PatientDao;
import dev.odgen.samples.opendental.dao.PatientFilter;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.schema.OpenDentalSchema;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Micro-benchmark of the work behind {@code GET /patients} (a page of 100), without HTTP, Jetty or wrk: the cost per
 * row of writing generated {@code Patient}s as JSON into a byte sink, of a page read through the generated DAO
 * (query and mapping), and of the date and date-time column reads alone, each in ns/row and bytes allocated per
 * row ({@code ThreadMXBean.getThreadAllocatedBytes}). A main, not a test: it asserts nothing and its figures depend
 * on the machine. Each measure runs in rounds after warm-up rounds; the median round is printed last.
 *
 * <p>Usage: {@code ListBench [JDBC_URL [ROUNDS [PAGES]]]}; the default database is H2 in memory, filled with 1,100
 * patients. A MariaDB URL must name a scratch database: its tables are created and the patients added to them.
 */
public final class ListBench {
  private static final int PAGE = 100;
  private static final int PATIENTS = 1_100;
  private static final int WARMUP_ROUNDS = 3;
  // the date and date-time columns of patient that the generated mapper reads with Rows.getDate/getDateTime
  private static final String DATES =
      "SELECT `Birthdate`, `DateFirstVisit`, `AdmitDate`, `DateTStamp`, `SecDateEntry` FROM `patient`"
          + " ORDER BY `PatNum` LIMIT 100 OFFSET ?";

  private final DataSource dataSource;
  private final PatientDao patients;
  private final WireFormats formats = OpenDentalServer.WIRE.formats();
  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ListBench(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.patients = new PatientDao(new Db(dataSource, dialect));
  }

  public static void main(String[] args) throws Exception {
    String url = args.length > 0 ? args[0] : "jdbc:h2:mem:listbench;DB_CLOSE_DELAY=-1";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int pages = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    Dialect dialect = Dialect.forUrl(url);
    DataSource dataSource = url.startsWith("jdbc:h2:") ? DataSources.forUrl(url, "sa", "")
        : DataSources.forUrl(url, "root", "");
    new SchemaManager(dataSource, dialect).ensure(OpenDentalSchema.TABLES);
    ListBench bench = new ListBench(dataSource, dialect);
    bench.fill();
    System.out.printf("database %s, %d rounds of %d pages of %d rows%n", dialect, rounds, pages, PAGE);
    bench.measure("write JSON", rounds, pages, bench::writePages);
    bench.measure("list via DAO (query + map)", rounds, pages, bench::listPages);
    bench.measure("read 5 date columns", rounds, pages, bench::readDatePages);
  }

  private void fill() {
    Random random = new Random(17);
    for (int i = patients.list(PatientFilter.NONE, 0, PATIENTS).size(); i < PATIENTS; i++) {
      patients.insert(PatientPatch.builder()
          .lName("Bench" + i).fName("Pat" + i)
          .birthdate(LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)))
          .dateFirstVisit(LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28)))
          .build());
    }
  }

  @FunctionalInterface
  private interface Work {
    /** Does {@code pages} pages of work; returns a value that depends on it, so it cannot be left out. */
    long run(int pages) throws Exception;
  }

  private void measure(String label, int rounds, int pages, Work work) throws Exception {
    long thread = Thread.currentThread().getId();
    long keep = 0;
    double[] nsPerRow = new double[rounds];
    double[] bytesPerRow = new double[rounds];
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      long bytes = threads.getThreadAllocatedBytes(thread);
      long start = System.nanoTime();
      keep += work.run(pages);
      long ns = System.nanoTime() - start;
      bytes = threads.getThreadAllocatedBytes(thread) - bytes;
      if (round >= 0) {
        nsPerRow[round] = (double) ns / ((long) pages * PAGE);
        bytesPerRow[round] = (double) bytes / ((long) pages * PAGE);
      }
    }
    double[] sorted = nsPerRow.clone();
    Arrays.sort(sorted);
    int median = indexOf(nsPerRow, sorted[rounds / 2]);
    System.out.printf("%-28s %8.0f ns/row (rounds %.0f..%.0f) %8.0f B/row   [%d]%n", label, nsPerRow[median],
        sorted[0], sorted[rounds - 1], bytesPerRow[median], keep % 10);
  }

  private static int indexOf(double[] values, double value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new IllegalStateException("not found: " + value);
  }

  private long writePages(int pages) throws IOException {
    List<Patient> page = patients.list(PatientFilter.NONE, 0, PAGE);
    CountingSink sink = new CountingSink();
    for (int i = 0; i < pages; i++) {
      WireWriter.write(formats, out -> out.listValue(page, (writer, patient) -> patient.writeJson(writer)), sink);
    }
    return sink.count;
  }

  private long listPages(int pages) {
    Random offsets = new Random(pages);
    long rows = 0;
    for (int i = 0; i < pages; i++) {
      rows += patients.list(PatientFilter.NONE, offsets.nextInt(PATIENTS - PAGE + 1), PAGE).size();
    }
    return rows;
  }

  private long readDatePages(int pages) throws SQLException {
    Random offsets = new Random(pages);
    long days = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(DATES)) {
      for (int i = 0; i < pages; i++) {
        query.setInt(1, offsets.nextInt(PATIENTS - PAGE + 1));
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            days += day(Rows.getDate(rs, 1)) + day(Rows.getDate(rs, 2)) + day(Rows.getDate(rs, 3))
                + day(Rows.getDateTime(rs, 4)) + day(Rows.getDate(rs, 5));
          }
        }
      }
    }
    return days;
  }

  // no date (null) counts as day 0
  private static long day(LocalDate date) {
    return date == null ? 0 : date.toEpochDay();
  }

  private static long day(LocalDateTime dateTime) {
    return dateTime == null ? 0 : dateTime.toLocalDate().toEpochDay();
  }

  /** Counts the bytes written and keeps none of them. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
