package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.jdbc.SchemaMismatchException;
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
      assertEquals("table 'provider' has no column 'LName'\ntable 'provider' has no column 'IsHidden'\n"
          + "odgen creates missing tables but never alters existing ones: add the columns or use another database",
          e.getCause().getMessage());
      assertEquals(List.of("provider"), new Db(other, Dialect.H2).query(
          "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'public'", List.of(),
          rs -> rs.getString(1)), "nothing was created");
    }
  }
}
