package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.AppointmentsSlotsRequest;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.PatientsSimpleRequest;
import dev.odgen.samples.opendental.entity.Slot;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The demo practice and the actions over MariaDB, the database Open Dental itself runs on: the actions' own SQL
 * must work there too. Uses a database of its own on 127.0.0.1:3306 (user root), dropped afterwards; skipped,
 * with a message, when no MariaDB answers there.
 */
class MariaDbDemoTest {
  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  // A name of its own per run, so two builds on one machine never share the database.
  private static final String DATABASE =
      "odgen_samples_test_" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);

  @Test
  void theDemoPracticeAndTheActionsWorkOnMariaDb() throws Exception {
    Assumptions.assumeTrue(reachable(), () -> {
      System.err.println("MariaDbDemoTest skipped: no MariaDB at 127.0.0.1:3306 (start it to run this test)");
      return "no MariaDB at 127.0.0.1:3306";
    });
    sql("DROP DATABASE IF EXISTS " + DATABASE);
    sql("CREATE DATABASE " + DATABASE);
    OpenDentalApp app = OpenDentalApp.start(AppConfig.defaults().withHost("127.0.0.1").withPort(0)
        .withDatabase(SERVER + DATABASE, "root", "").withDemoData(DemoDataMode.ON));
    try {
      DemoSummary demo = app.demo().orElseThrow();
      OpenDentalClient client = OpenDentalClient.builder().baseUrl(app.baseUrl())
          .developerKey(ApiKeys.DEMO_DEVELOPER_KEY).customerKey(ApiKeys.DEMO_CUSTOMER_KEY).build();
      assertEquals(4, client.patients().simple(PatientsSimpleRequest.of().lName("martinez")).size());
      BigDecimal total = client.accountModules().aging(demo.carlosMartinez()).total();
      assertEquals(0, new BigDecimal("1300.00").compareTo(total), total.toString());
      List<Slot> slots = client.appointments().slots(AppointmentsSlotsRequest.of().provNum(demo.drNguyen())
          .opNum(demo.operatory1()).date(demo.nextWeekday()));
      assertEquals(3, slots.size(), slots.toString());
      assertEquals("No History", client.procedureLogs()
          .insuranceHistory(demo.carlosMartinez(), demo.carlosInsSubNum()).get(1).procDate());
      client.appointments().appendNote(demo.carlosNextAptNum(), "on MariaDB");
      assertTrue(client.appointments().get(demo.carlosNextAptNum()).note().endsWith("\r\non MariaDB"));
    } finally {
      app.stop();
      sql("DROP DATABASE IF EXISTS " + DATABASE);
    }
  }

  private static boolean reachable() {
    try (Connection c = DriverManager.getConnection(SERVER, "root", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, "root", "")) {
      c.createStatement().execute(statement);
    }
  }
}
