package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database, as behind a load balancer: what one writes the other reads, and
 * partial updates of different fields of one row, sent concurrently through both, all survive.
 */
class TwoServersTest {
  private static final int ITERATIONS = 60;

  private static ScratchDatabase database;
  private static OpenDentalServer first;
  private static OpenDentalServer second;

  @BeforeAll
  static void twoServers() {
    database = ScratchDatabase.create("twoservers");
    first = TestServers.start(database.url());
    second = TestServers.start(database.url());
  }

  @AfterAll
  static void stop() {
    for (OpenDentalServer server : new OpenDentalServer[] {first, second}) {
      if (server != null) {
        server.stop();
      }
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void whatOneServerCreatesTheOtherReads() {
    Patient created = TestServers.client(first).patients()
        .create(PatientPatch.builder().lName("Shared").fName("Row").city("Porto").build());
    Patient read = TestServers.client(second).patients().get(created.patNum());
    assertEquals("Shared", read.lName());
    assertEquals("Porto", read.city());
  }

  @Test
  void concurrentPartialUpdatesOfDifferentFieldsThroughBothServersAllSurvive() throws Exception {
    long patNum = TestServers.client(first).patients()
        .create(PatientPatch.builder().lName("Busy").fName("Row").build()).patNum();
    OpenDentalClient viaFirst = TestServers.client(first);
    OpenDentalClient viaSecond = TestServers.client(second);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Void>> writers = new ArrayList<>();
      writers.add(() -> {
        for (int i = 0; i < ITERATIONS; i++) {
          viaFirst.patients().update(patNum, PatientPatch.builder().city("city-" + i).build());
        }
        return null;
      });
      writers.add(() -> {
        for (int i = 0; i < ITERATIONS; i++) {
          viaSecond.patients().update(patNum, PatientPatch.builder().address("addr-" + i).build());
        }
        return null;
      });
      long start = System.nanoTime();
      for (Future<Void> done : threads.invokeAll(writers)) {
        done.get();
      }
      System.out.printf("TwoServersTest: %d partial updates in %d ms%n", 2 * ITERATIONS,
          (System.nanoTime() - start) / 1_000_000);
    } finally {
      threads.shutdownNow();
    }
    Patient last = viaSecond.patients().get(patNum);
    assertEquals("city-" + (ITERATIONS - 1), last.city());
    assertEquals("addr-" + (ITERATIONS - 1), last.address());
    assertEquals("city-" + (ITERATIONS - 1) + "|addr-" + (ITERATIONS - 1) + "|Busy",
        database.value("SELECT CONCAT_WS('|', City, Address, LName) FROM patient WHERE PatNum = " + patNum));
  }
}
