package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.jdbc.SchemaManager;
import dev.odgen.runtime.jdbc.SchemaMismatchException;
import dev.odgen.runtime.jdbc.SchemaPolicy;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The generated server over an in-memory H2 database (MySQL mode), the embedded default. */
class GeneratedServerH2Test extends GeneratedServerBehaviour {

  private HikariDataSource database;

  @Override
  DataSource openDatabase() {
    database = DataSources.h2InMemory("generated-server-test");
    return database;
  }

  @Override
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theServerRefusesToStartWhenAnExistingTableLacksAColumn() throws Exception {
    try (HikariDataSource other = DataSources.h2InMemory("generated-server-mismatch")) {
      new Db(other, Dialect.H2).update("CREATE TABLE `provider` (`ProvNum` bigint, `Abbr` varchar(5))", List.of());
      Class<?> facade = GoldenClasses.get().loadClass("com.example.clinic.server.ClinicBookServer");
      Object builder = facade.getMethod("builder").invoke(null);
      builder.getClass().getMethod("dataSource", DataSource.class).invoke(builder, other);
      builder.getClass().getMethod("withoutAuth").invoke(builder);
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> builder.getClass().getMethod("build").invoke(builder));
      assertEquals(SchemaMismatchException.class, e.getCause().getClass());
      String message = e.getCause().getMessage();
      assertTrue(message.startsWith("table 'provider' has no column 'LName' (varchar(100))\n"
          + "table 'provider' has no column 'IsHidden' (tinyint)\n"), message);
      assertTrue(message.contains("    ALTER TABLE `provider` ADD COLUMN `LName` varchar(100) NOT NULL DEFAULT '';\n"),
          message);
      assertEquals(List.of("provider"), new Db(other, Dialect.H2).query(
          "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'public'", List.of(),
          rs -> rs.getString(1)), "nothing was created");
    }
  }

  @Test
  void withTheMigratePolicyTheServerAddsTheColumnsAndStarts() throws Exception {
    try (HikariDataSource other = DataSources.h2InMemory("generated-server-migrate")) {
      Db db = new Db(other, Dialect.H2);
      db.update("CREATE TABLE `provider` (`ProvNum` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `Abbr` varchar(5)"
          + " NOT NULL DEFAULT '')", List.of());
      db.update("INSERT INTO `provider` (`Abbr`) VALUES ('DOC')", List.of());
      Class<?> facade = GoldenClasses.get().loadClass("com.example.clinic.server.ClinicBookServer");
      Object builder = facade.getMethod("builder").invoke(null);
      builder.getClass().getMethod("dataSource", DataSource.class).invoke(builder, other);
      builder.getClass().getMethod("withoutAuth").invoke(builder);
      builder.getClass().getMethod("schema", SchemaPolicy.class).invoke(builder, SchemaPolicy.MIGRATE);
      builder.getClass().getMethod("build").invoke(builder);
      assertEquals(List.of("DOC  0"), db.query("SELECT `Abbr`, `LName`, `IsHidden` FROM `provider`", List.of(),
          rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3)));
      assertTrue(db.query("SELECT COUNT(*) FROM `" + SchemaManager.HISTORY_TABLE + "`", List.of(),
          rs -> rs.getInt(1)).get(0) > 2, "each statement recorded");
    }
  }
}
