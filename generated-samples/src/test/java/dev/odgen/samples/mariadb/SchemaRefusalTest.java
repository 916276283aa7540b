package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.jdbc.SchemaMismatchException;
import dev.odgen.samples.testdb.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database whose existing table lacks a column the server needs: the server refuses to start, naming the
 * table and the column, and leaves the database exactly as it was (no table created, no column added).
 */
class SchemaRefusalTest {
  private static final String TABLES = "SELECT GROUP_CONCAT(TABLE_NAME ORDER BY TABLE_NAME) FROM information_schema.TABLES"
      + " WHERE TABLE_SCHEMA = DATABASE()";
  private static final String PATIENT_COLUMNS = "SELECT GROUP_CONCAT(CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE) ORDER BY"
      + " ORDINAL_POSITION) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'patient'";

  private ScratchDatabase database;

  @BeforeEach
  void openDentalTablesWithOneColumnMissing() {
    database = ScratchDatabase.create("refusal");
    database.runScript("/mariadb/opendental-tables.sql");
    database.execute("ALTER TABLE patient DROP COLUMN Birthdate");
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void theServerRefusesNamingTableAndColumnAndChangesNothing() {
    String tablesBefore = database.value(TABLES);
    String columnsBefore = database.value(PATIENT_COLUMNS);

    SchemaMismatchException refused = assertThrows(SchemaMismatchException.class,
        () -> TestServers.start(database.url()).stop());

    assertTrue(refused.getMessage().contains("table 'patient' has no column 'Birthdate'"), refused.getMessage());
    assertTrue(refused.getMessage().contains("never alters"), refused.getMessage());
    assertEquals("appointment,definition,patient,provider", tablesBefore);
    assertEquals(tablesBefore, database.value(TABLES), "no table created");
    assertEquals(columnsBefore, database.value(PATIENT_COLUMNS), "patient not altered");
  }
}
